//! Go's `text/tabwriter`, the alignment engine behind every kubectl table and `describe`.
//!
//! Cells are tab-terminated; the text after a line's last tab is not part of a column. A
//! column block is a run of consecutive lines that all have a cell in that column; its width
//! is the widest cell plus padding (at least `min_width`). Blocks nest: a line without a
//! cell in column k ends the block of column k (and of every column right of it).

/// Writer settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TabWriter {
    /// Minimal cell width including padding.
    pub min_width: usize,
    /// Padding added to the widest cell.
    pub padding: usize,
}

/// `kubectl get` tables: minwidth 6, padding 3.
pub const TABLE: TabWriter = TabWriter {
    min_width: 6,
    padding: 3,
};
/// `kubectl describe` and `rollout history`: minwidth 0, padding 2.
pub const DESCRIBE: TabWriter = TabWriter {
    min_width: 0,
    padding: 2,
};

impl TabWriter {
    /// Aligns `text` (lines with tab-separated cells).
    pub fn format(&self, text: &str) -> String {
        let mut lines: Vec<Vec<&str>> = text.split('\n').map(|l| l.split('\t').collect()).collect();
        // A trailing newline leaves an empty last line that is not output.
        let trailing_newline = text.ends_with('\n');
        if trailing_newline {
            lines.pop();
        }
        let mut out = String::with_capacity(text.len() + text.len() / 2);
        let mut widths: Vec<usize> = Vec::new();
        let n = lines.len();
        let mut w = Formatter {
            lines: &lines,
            out: &mut out,
            cfg: *self,
        };
        w.format(&mut widths, 0, n);
        if !trailing_newline && out.ends_with('\n') {
            out.pop();
        }
        out
    }
}

struct Formatter<'a> {
    lines: &'a [Vec<&'a str>],
    out: &'a mut String,
    cfg: TabWriter,
}

fn width(s: &str) -> usize {
    s.chars().count()
}

impl Formatter<'_> {
    fn format(&mut self, widths: &mut Vec<usize>, line0: usize, line1: usize) {
        let column = widths.len();
        let mut line0 = line0;
        let mut this = line0;
        while this < line1 {
            if column + 1 >= self.lines[this].len() {
                this += 1;
                continue;
            }
            // A cell in this column: print the lines before the block, then size the block.
            self.write_lines(widths, line0, this);
            line0 = this;
            let mut w = self.cfg.min_width;
            while this < line1 && column + 1 < self.lines[this].len() {
                w = w.max(width(self.lines[this][column]) + self.cfg.padding);
                this += 1;
            }
            widths.push(w);
            self.format(widths, line0, this);
            widths.pop();
            line0 = this;
        }
        self.write_lines(widths, line0, line1);
    }

    fn write_lines(&mut self, widths: &[usize], line0: usize, line1: usize) {
        for line in &self.lines[line0..line1] {
            for (j, cell) in line.iter().enumerate() {
                self.out.push_str(cell);
                if j < widths.len() && j + 1 < line.len() {
                    let pad = widths[j].saturating_sub(width(cell));
                    self.out.extend(std::iter::repeat_n(' ', pad));
                }
            }
            self.out.push('\n');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn get_table_layout() {
        let text = "NAME\tREADY\tUP-TO-DATE\tAVAILABLE\tAGE\nnginx-deployment\t3/3\t3\t3\t2m19s\n";
        assert_eq!(
            TABLE.format(text),
            "NAME               READY   UP-TO-DATE   AVAILABLE   AGE\nnginx-deployment   3/3     3            3           2m19s\n"
        );
    }

    #[test]
    fn describe_blocks_break_on_lines_without_tabs() {
        let text = "Name:\tnginx\nNamespace:\tdefault\nPod Template:\n  Labels:\tapp=nginx\n  Containers:\n   nginx:\n    Image:\tnginx:1.14.2\n    Environment:\t<none>\n  Volumes:\t<none>\nEvents:\t<none>\n";
        assert_eq!(
            DESCRIBE.format(text),
            "Name:       nginx\nNamespace:  default\nPod Template:\n  Labels:  app=nginx\n  Containers:\n   nginx:\n    Image:        nginx:1.14.2\n    Environment:  <none>\n  Volumes:        <none>\nEvents:           <none>\n"
        );
    }

    #[test]
    fn nested_columns() {
        let text = "a\tb\tc\naa\tbbb\tc\nx\n";
        assert_eq!(DESCRIBE.format(text), "a   b    c\naa  bbb  c\nx\n");
    }

    #[test]
    fn trailing_empty_cell_keeps_padding() {
        // `Container ID:` with an empty value keeps its padding (a real kubectl quirk).
        let text = "  Container ID:\t\n  Image:\tnginx\n";
        assert_eq!(
            DESCRIBE.format(text),
            "  Container ID:  \n  Image:         nginx\n"
        );
    }
}
