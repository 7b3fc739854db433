/** A batch's report counts: every row read is imported, a duplicate or rejected. */
export interface LoadCounts {
  readonly rowsRead: number;
  readonly rowsImported: number;
  readonly rowsDuplicate: number;
  readonly rowsRejected: number;
  /** Time records or cost lines added. */
  readonly recordsImported: number;
}

/** The duplicates are what is left; a negative remainder would be a counting bug, not a report. */
export function completeCounts(
  rowsRead: number,
  rowsImported: number,
  rowsRejected: number,
  recordsImported: number,
): LoadCounts {
  const rowsDuplicate = rowsRead - rowsImported - rowsRejected;
  if (rowsDuplicate < 0) {
    throw new Error(
      `import counts do not add up: ${rowsRead} read, ${rowsImported} imported, ${rowsRejected} rejected`,
    );
  }
  return { rowsRead, rowsImported, rowsDuplicate, rowsRejected, recordsImported };
}
