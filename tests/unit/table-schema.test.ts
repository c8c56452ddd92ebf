/** The strict Table Schema reader of tests/standards on the lexical forms frictionless-py accepts and refuses. */
import { describe, expect, it } from "vitest";
import { readCell, tableProblems, type Field, type Resource } from "../standards/table-schema.ts";

const field = (type: string, extra: Partial<Field> = {}): Field => ({ name: "f", type, ...extra });

describe("readCell", () => {
  it("reads integers and numbers in their lexical forms only", () => {
    expect(["12", "-3", "+4", "1.5", "1e3", " 1", "1_000", ""].map((c) => readCell(field("integer"), c))).toEqual([
      12,
      -3,
      4,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(["1.5", "-0.25", "1e3", ".5", "NaN", "1,5", "abc"].map((c) => readCell(field("number"), c))).toEqual([
      1.5,
      -0.25,
      1000,
      0.5,
      NaN,
      undefined,
      undefined,
    ]);
  });

  it("honours decimalChar, groupChar and bareNumber", () => {
    const european = field("number", { decimalChar: ",", groupChar: "." });
    expect(["1.234,5", "1234,5", "1234.5"].map((c) => readCell(european, c))).toEqual([1234.5, 1234.5, 12345]);
    expect(readCell(field("number", { decimalChar: "," }), "1.5")).toBeUndefined();
    expect(readCell(field("number", { bareNumber: false }), "€12.5")).toBe(12.5);
    expect(readCell(field("number"), "€12.5")).toBeUndefined();
  });

  it("reads real calendar dates, uri with a scheme and e-mail addresses", () => {
    expect(["2012-02-29", "2011-02-29", "2012-2-1", "2012"].map((c) => readCell(field("date"), c))).toEqual(["2012-02-29", undefined, undefined, undefined]);
    expect(["https://example.org/a?b=1", "example.org", "https://exa mple.org"].map((c) => readCell(field("string", { format: "uri" }), c))).toEqual([
      "https://example.org/a?b=1",
      undefined,
      undefined,
    ]);
    expect(["a@example.org", "a@b", "a example.org"].map((c) => readCell(field("string", { format: "email" }), c))).toEqual([
      "a@example.org",
      undefined,
      undefined,
    ]);
    expect(["true", "0", "yes"].map((c) => readCell(field("boolean"), c))).toEqual([true, false, undefined]);
  });
});

describe("tableProblems", () => {
  const resource: Resource = {
    name: "t",
    path: "t.csv",
    schema: {
      fields: [
        { name: "id", type: "string", constraints: { required: true, unique: true, pattern: "[a-z]+", maxLength: 4 } },
        { name: "n", type: "integer", constraints: { minimum: 0, maximum: 10, enum: [1, 2, 3, 20] } },
      ],
      primaryKey: ["id"],
      missingValues: [""],
    },
  };

  it("matches patterns against the whole value and checks every constraint", () => {
    const csv = "id,n\r\nab,1\r\nab,2\r\nabc1,3\r\n,\r\ntoolong,20\r\n";
    expect(tableProblems(resource, csv)).toEqual([
      'row 3, id: "ab" (unique: also row 2)',
      'row 4, id: "abc1" (pattern [a-z]+, whole value)',
      'row 5, id: "" (required)',
      'row 6, id: "toolong" (maxLength 4)',
      'row 6, n: "20" (maximum 10)',
      'row 3: primary key ["ab"] repeats row 2',
      "row 5: primary key id has a missing part",
    ]);
  });

  it("refuses a file without its final line terminator or with a wrong header", () => {
    expect(tableProblems(resource, "id,n\r\nab,1")).toEqual(["the file does not end with its line terminator"]);
    expect(tableProblems(resource, "id,m\r\nab,1\r\n")[0]).toMatch(/^header/);
  });
});
