import { chromium } from '@playwright/test'
import { readFileSync } from 'node:fs'

/** Renders resources/icon.svg to resources/icon.png (1024 px), the source electron-builder makes .ico/.icns from. */
async function main(): Promise<void> {
  const svg = readFileSync('resources/icon.svg', 'utf8')
  const browser = await chromium.launch({ executablePath: process.env.DESK_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] })
  const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } })
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', '<svg width="1024" height="1024" ')}</body></html>`)
  await page.screenshot({ path: 'resources/icon.png', omitBackground: true })
  await browser.close()
  console.log('wrote resources/icon.png')
}

void main()
