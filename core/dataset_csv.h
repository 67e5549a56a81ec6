// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/datasets.h"
#include "core/message.h"

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace initviz {

/// The most rows a data file may hold (issue 10), and the most bytes read from one.
inline constexpr int kMaxDataRows = 100'000;
inline constexpr std::size_t kMaxDataFileBytes = 32U << 20U;

/// A data file refused whole: what() is "line N: reason" (or "reason" for the file as a whole)
/// and line() is N, or 0 when no line is to blame (empty, unreadable, a directory, too large).
class DataFileError : public UserError {
public:
    /// what() (and message()) is "file: line N: reason", without the parts that are empty or 0.
    DataFileError(int line, const Message& reason, const std::string& file = {});
    [[nodiscard]] int line() const { return line_; }
    [[nodiscard]] const Message& reason() const { return *reason_; }

private:
    int line_;
    std::shared_ptr<const Message> reason_; // shared: copying an exception must not throw
};

/// Your own points as CSV text: one `x1,x2,label` row per point, an optional header line (its
/// first field not a number), label 0 or 1, fields separated by commas or (throughout the file)
/// semicolons, spaces around fields ignored, blank lines skipped, at most kMaxDataRows rows.
/// Missing or extra columns, a field that is not a finite decimal number, another label, binary
/// data, a file with no rows or with one class only: throws DataFileError naming the line.
/// Never returns a partial data set.
[[nodiscard]] Dataset parseDataCsv(std::string_view text);

/// Reads and parses the file at `path`; the message starts with the file name. A directory, an
/// unreadable file or one above kMaxDataFileBytes throws DataFileError too.
[[nodiscard]] Dataset readDataCsv(const std::filesystem::path& path);

/// The points as CSV with the header `x1,x2,label`: coordinates in the shortest form that reads
/// back to the same bits (parseDataCsv(writeDataCsv(d)) == d bit for bit), labels 0 and 1.
[[nodiscard]] std::string writeDataCsv(const Dataset& data);

} // namespace initviz
