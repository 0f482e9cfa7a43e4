/**
 * Capitalised words that name places or institutions, never people. Shape
 * rules cannot tell "Ukraineafter Moscow announced" from "Boris Johnson warns";
 * a short list of the places news copy names most can.
 */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  `Moscow Kremlin Russia Russian Ukraine Ukrainian Kyiv Kiev Belarus Minsk Crimea Donbas Donbass Donetsk Luhansk Washington Brussels London Paris Berlin Rome Madrid Lisbon Warsaw Vienna Geneva Beijing Tokyo Delhi Ankara Istanbul Tehran Jerusalem Cairo Baghdad Damascus Kabul Europe European America American Africa Asia China Chinese Japan India Turkey Iran Israel Syria France French Germany German Britain British England Italy Spain Poland Polish Norway Norwegian Sweden Finland Baltic Barents Atlantic Pacific Soviet Union Nations Alliance Pentagon Congress Parliament Senate Duma Westerners`.split(
    /\s+/
  )
)
