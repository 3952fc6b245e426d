//! A Word table as it is read, row by row and cell by cell, and written out as a GFM table.
//!
//! A GFM row is one line, so a cell's paragraphs, and the line breaks inside them, are joined
//! with a single space: `<br>` would do in GitHub, but lawrpt shows raw HTML as text. A table
//! inside a cell is flattened into that cell: its cells' text, row by row, as further
//! paragraphs of the cell. A cell spanning columns is followed by empty cells so that every
//! row has the table's width; a vertically merged cell is empty below its first row, as Word
//! stores it.

/// Word's own limit on a table's columns: a span past it is taken as hostile.
const MAX_COLUMNS: usize = 63;

#[derive(Debug, Default)]
pub(super) struct Table {
    rows: Vec<Row>,
}

#[derive(Debug, Default)]
struct Row {
    cells: Vec<Cell>,
    /// A row deleted with tracked changes on.
    deleted: bool,
}

#[derive(Debug)]
struct Cell {
    paragraphs: Vec<String>,
    span: usize,
}

impl Default for Cell {
    fn default() -> Self {
        Cell {
            paragraphs: Vec::new(),
            span: 1,
        }
    }
}

impl Table {
    pub(super) fn start_row(&mut self) {
        self.rows.push(Row::default());
    }

    pub(super) fn delete_row(&mut self) {
        if let Some(row) = self.rows.last_mut() {
            row.deleted = true;
        }
    }

    /// `w:gridBefore`: the row starts this many columns in.
    pub(super) fn skip_columns(&mut self, columns: usize) {
        for _ in 0..columns.min(MAX_COLUMNS) {
            self.start_cell();
        }
    }

    pub(super) fn start_cell(&mut self) {
        if self.rows.is_empty() {
            self.start_row();
        }
        if let Some(row) = self.rows.last_mut() {
            row.cells.push(Cell::default());
        }
    }

    /// `w:gridSpan` of the current cell.
    pub(super) fn span(&mut self, columns: usize) {
        if let Some(cell) = self.current_cell() {
            cell.span = columns.clamp(1, MAX_COLUMNS);
        }
    }

    /// A non-empty paragraph of the current cell.
    pub(super) fn push_paragraph(&mut self, text: String) {
        if self.rows.last().is_none_or(|row| row.cells.is_empty()) {
            self.start_cell();
        }
        if let Some(cell) = self.current_cell() {
            cell.paragraphs.push(text);
        }
    }

    /// A table that was inside the current cell.
    pub(super) fn absorb(&mut self, nested: Table) {
        let paragraphs = nested
            .rows
            .into_iter()
            .filter(|row| !row.deleted)
            .flat_map(|row| row.cells)
            .flat_map(|cell| cell.paragraphs);
        for paragraph in paragraphs {
            self.push_paragraph(paragraph);
        }
    }

    /// The table in GFM, its first row the header; `None` when it holds no text.
    pub(super) fn markdown(self) -> Option<String> {
        let rows: Vec<Vec<String>> = self
            .rows
            .into_iter()
            .filter(|row| !row.deleted && !row.cells.is_empty())
            .map(|row| row.cells.into_iter().flat_map(Cell::columns).collect())
            .collect();
        if rows.iter().flatten().all(|cell| cell.is_empty()) {
            return None;
        }
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        let mut lines = Vec::with_capacity(rows.len() + 1);
        for (number, mut row) in rows.into_iter().enumerate() {
            row.resize(width, String::new());
            lines.push(format!("| {} |", row.join(" | ")));
            if number == 0 {
                lines.push(format!("|{}", " --- |".repeat(width)));
            }
        }
        Some(lines.join("\n"))
    }

    fn current_cell(&mut self) -> Option<&mut Cell> {
        self.rows.last_mut()?.cells.last_mut()
    }
}

impl Cell {
    /// The cell's text, escaped for a GFM row, and an empty cell for each column it spans
    /// past the first.
    fn columns(self) -> impl Iterator<Item = String> {
        let text = self
            .paragraphs
            .join(" ")
            .replace(['\n', '\r'], " ")
            .replace('|', "\\|");
        std::iter::once(text).chain(std::iter::repeat_n(String::new(), self.span - 1))
    }
}

#[cfg(test)]
mod tests {
    use super::Table;

    /// A table from rows of cells of paragraphs.
    #[track_caller]
    fn table(rows: &[&[&[&str]]]) -> Table {
        let mut table = Table::default();
        for row in rows {
            table.start_row();
            for cell in *row {
                table.start_cell();
                for paragraph in *cell {
                    table.push_paragraph((*paragraph).to_owned());
                }
            }
        }
        table
    }

    #[test]
    fn the_first_row_is_the_header() {
        let table = table(&[&[&["项目"], &["数量"]], &[&["复议"], &["3"]]]);
        assert_eq!(
            table.markdown().unwrap(),
            "| 项目 | 数量 |\n| --- | --- |\n| 复议 | 3 |"
        );
    }

    #[test]
    fn a_cells_paragraphs_and_line_breaks_are_joined_by_spaces() {
        let table = table(&[&[&["第一段", "第二段\n换行"]]]);
        assert_eq!(table.markdown().unwrap(), "| 第一段 第二段 换行 |\n| --- |");
    }

    #[test]
    fn a_pipe_in_a_cell_is_escaped() {
        let table = table(&[&[&["甲|乙"]]]);
        assert_eq!(table.markdown().unwrap(), "| 甲\\|乙 |\n| --- |");
    }

    #[test]
    fn short_rows_and_spanning_cells_are_padded_to_the_tables_width() {
        let mut table = table(&[&[&["a"], &["b"], &["c"]], &[&["d"]]]);
        table.start_row();
        table.start_cell();
        table.span(2);
        table.push_paragraph("e".to_owned());
        assert_eq!(
            table.markdown().unwrap(),
            "| a | b | c |\n| --- | --- | --- |\n| d |  |  |\n| e |  |  |"
        );
    }

    #[test]
    fn a_deleted_row_is_left_out() {
        let mut table = table(&[&[&["a"]], &[&["gone"]]]);
        table.delete_row();
        assert_eq!(table.markdown().unwrap(), "| a |\n| --- |");
    }

    #[test]
    fn a_nested_table_becomes_paragraphs_of_its_cell() {
        let mut outer = table(&[&[&["外"]]]);
        outer.absorb(table(&[&[&["内一"], &["内二"]], &[&["内三"]]]));
        assert_eq!(outer.markdown().unwrap(), "| 外 内一 内二 内三 |\n| --- |");
    }

    #[test]
    fn a_table_without_text_is_nothing() {
        assert_eq!(table(&[&[&[], &[]]]).markdown(), None);
        assert_eq!(Table::default().markdown(), None);
    }

    #[test]
    fn a_hostile_span_is_bounded() {
        let mut table = table(&[&[&["a"]]]);
        table.span(usize::MAX);
        assert_eq!(table.markdown().unwrap().matches(" |").count(), 63 * 2);
    }
}
