import * as v from 'valibot'

/**
 * How a domain declares a channel: its input schema, a valid example payload (the IPC fuzzer mutates it) and its result
 * type. The result type travels in the type system only (`returns<T>()` is an empty object at run time).
 */
export interface Returns<O> {
  readonly __returns?: () => O
}
/* @__NO_SIDE_EFFECTS__ */
export const returns = <O>(): Returns<O> => ({})

export interface ChannelSpec<S extends v.GenericSchema = v.GenericSchema, O = unknown> {
  input: S
  example: v.InferInput<S>
  returns: Returns<O>
}

/* @__NO_SIDE_EFFECTS__ */
export const channel = <S extends v.GenericSchema, O>(input: S, example: v.InferInput<S>, result: Returns<O>): ChannelSpec<S, O> => ({
  input,
  example,
  returns: result,
})

/** No argument: the renderer calls e.g. `desk.app.info()` and the payload arrives as `undefined`. */
export const noArgs = v.undefined()

/** A domain's specs: exactly one per channel its names map lists (a missing or extra one is a compile error). */
export type SpecsFor<M extends Record<string, string>> = { [C in M[keyof M]]: ChannelSpec }
