/** A China date shown as a date: noon in China is the same day in every time zone the formatter meets. */
export const dateAtNoon = (date: string) => `${date}T04:00:00.000Z`
