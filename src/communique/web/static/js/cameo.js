// CAMEO root codes with their short names, and the quad class each root belongs to. Only code
// numbers and short names are shipped: the codebook's descriptive prose is under a non-commercial
// licence.

export const ROOT_NAMES = Object.freeze({
  "01": "Make public statement",
  "02": "Appeal",
  "03": "Express intent to cooperate",
  "04": "Consult",
  "05": "Engage in diplomatic cooperation",
  "06": "Engage in material cooperation",
  "07": "Provide aid",
  "08": "Yield",
  "09": "Investigate",
  "10": "Demand",
  "11": "Disapprove",
  "12": "Reject",
  "13": "Threaten",
  "14": "Protest",
  "15": "Exhibit force posture",
  "16": "Reduce relations",
  "17": "Coerce",
  "18": "Assault",
  "19": "Fight",
  "20": "Use unconventional mass violence",
});

export const QUAD_NAMES = Object.freeze({
  1: "Verbal cooperation",
  2: "Material cooperation",
  3: "Verbal conflict",
  4: "Material conflict",
});

/** The quad class of a root: 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal
 * conflict, 14-20 material conflict. */
export function rootQuad(root) {
  const n = parseInt(root, 10);
  if (n <= 5) return 1;
  if (n <= 8) return 2;
  if (n <= 13) return 3;
  return 4;
}

export function rootName(code) {
  return ROOT_NAMES[String(code || "").slice(0, 2)] || "";
}
