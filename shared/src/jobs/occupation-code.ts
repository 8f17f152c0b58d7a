/**
 * Written `4-10-01-05`: major group, middle group, minor group, occupation. Apart from the
 * classification's table, so that a package that only shows codes does not carry the table.
 */
export const occupationCodeFormat = /^\d-\d{2}-\d{2}-\d{2}$/
