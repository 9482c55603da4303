// Query-string booleans must be the literal strings "true"/"false" (anything else is a 422).
export const flag = (value: boolean): "true" | "false" => (value ? "true" : "false");
