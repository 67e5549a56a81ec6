// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataset_csv.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>
#include <system_error>
#include <vector>

namespace initviz {

namespace {
constexpr int kColumns = 3; // x1, x2, label
constexpr std::string_view kHeader = "x1,x2,label";
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
// A field is quoted in messages up to this many characters.
constexpr std::size_t kQuotedFieldLength = 24;

std::string_view trimmed(std::string_view field)
{
    const auto blank = [](char c) { return c == ' ' || c == '\t'; };
    while (!field.empty() && blank(field.front()))
        field.remove_prefix(1);
    while (!field.empty() && blank(field.back()))
        field.remove_suffix(1);
    return field;
}

std::string quoted(std::string_view field)
{
    // Appended, not `"\"" + std::string(...)`: GCC 12 warns falsely about that (-Wrestrict).
    std::string text(1, '"');
    for (const char c : field.substr(0, kQuotedFieldLength)) {
        if (c == '\r') // a lone carriage return: the message stays one line
            text.append("\\r");
        else
            text.push_back(c);
    }
    if (field.size() > kQuotedFieldLength)
        text.append("...");
    text.push_back('"');
    return text;
}

enum class NumberProblem { None, NotANumber, NotFinite, OutOfRange };

/// A decimal number in C locale (std::from_chars: "1.5", "-2e-3"; a leading '+' allowed).
NumberProblem parseNumber(std::string_view field, double& value)
{
    if (!field.empty() && field.front() == '+')
        field.remove_prefix(1);
    if (field.empty() || field.front() == '+')
        return NumberProblem::NotANumber;
    const char* end = field.data() + field.size();
    const auto [ptr, error] = std::from_chars(field.data(), end, value);
    if (error == std::errc::result_out_of_range && ptr == end)
        return NumberProblem::OutOfRange;
    if (error != std::errc() || ptr != end)
        return NumberProblem::NotANumber;
    if (!std::isfinite(value))
        return NumberProblem::NotFinite;
    return NumberProblem::None;
}

std::vector<std::string_view> split(std::string_view line, char separator)
{
    std::vector<std::string_view> fields;
    for (;;) {
        const std::size_t at = line.find(separator);
        fields.push_back(trimmed(line.substr(0, at)));
        if (at == std::string_view::npos)
            return fields;
        line.remove_prefix(at + 1);
    }
}

/// The first byte that no text file holds (NUL or another control character but tab, CR, LF).
std::optional<std::size_t> binaryByte(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7f)
            return i;
    }
    return std::nullopt;
}

const char* columnName(std::size_t column)
{
    static constexpr std::array<const char*, kColumns> kNames{"x1", "x2", "label"};
    return kNames[column];
}
} // namespace

namespace {
/// "file: line N: reason", without the parts that are empty or 0.
Message located(int line, const Message& reason, const std::string& file)
{
    Message message = reason;
    if (line > 0)
        //: %1: a line number in a data file; %2: what is wrong with that line
        message = {QT_TRANSLATE_NOOP("initviz::core", "line %1: %2"),
                   {MessageArg::integer(line), MessageArg::nested(message)}};
    if (!file.empty())
        //: %1: a data file's name; %2: what is wrong with it
        message = {QT_TRANSLATE_NOOP("initviz::core", "%1: %2"),
                   {MessageArg::text(file), MessageArg::nested(message)}};
    return message;
}
} // namespace

DataFileError::DataFileError(int line, const Message& reason, const std::string& file)
    : UserError(located(line, reason, file))
    , line_(line)
    , reason_(std::make_shared<const Message>(reason))
{
}

Dataset parseDataCsv(std::string_view text)
{
    if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom)
        text.remove_prefix(kUtf8Bom.size());
    if (const std::optional<std::size_t> at = binaryByte(text)) {
        const auto line = 1 + std::count(text.begin(), text.begin() + std::ptrdiff_t(*at), '\n');
        char code[8];
        std::snprintf(code, sizeof code, "0x%02x", static_cast<unsigned char>(text[*at]));
        //: %1: the byte's code ("0x00")
        throw DataFileError(
            static_cast<int>(line),
            {QT_TRANSLATE_NOOP("initviz::core",
                               "binary data (byte %1), not a CSV text file of x1,x2,label rows"),
             {MessageArg::text(code)}});
    }

    std::vector<double> x1, x2, label;
    std::optional<char> separator;
    std::string columns; // "x1,x2,label" with the file's separator, for messages
    int lineNumber = 0;
    int firstRowLine = 0;
    std::array<int, 2> classCount{0, 0};
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (trimmed(line).empty())
            continue;
        if (!separator) // the file's first line decides: semicolons if it has one
        {
            separator = line.find(';') != std::string_view::npos ? ';' : ',';
            columns = std::string("x1") + *separator + "x2" + *separator + "label";
        }
        const std::vector<std::string_view> fields = split(line, *separator);
        const bool firstLine = firstRowLine == 0 && x1.empty();
        if (firstLine)
            firstRowLine = lineNumber;
        std::array<double, kColumns> values{};
        std::size_t badColumn = kColumns;
        NumberProblem problem = NumberProblem::None;
        for (std::size_t c = 0; c < fields.size() && c < kColumns; ++c) {
            problem = parseNumber(fields[c], values[c]);
            if (problem != NumberProblem::None) {
                badColumn = c;
                break;
            }
        }
        // A header: the first line, with a first field that is not a number ("x1,x2,label").
        if (firstLine && badColumn == 0 && problem == NumberProblem::NotANumber) {
            if (fields.size() != kColumns)
                //: %1: how many columns the header has; %2: "x1,x2,label"
                throw DataFileError(
                    lineNumber,
                    {QT_TRANSLATE_NOOP("initviz::core",
                                       "the header has %1 columns; expected 3 (%2)"),
                     {MessageArg::integer(fields.size()), MessageArg::text(columns)}});
            firstRowLine = 0;
            continue;
        }
        if (fields.size() < kColumns)
            //: %1: how many fields the line has; %2: "x1,x2,label"
            throw DataFileError(
                lineNumber,
                {QT_TRANSLATE_NOOP("initviz::core", "missing columns: %1 fields; expected 3 (%2)"),
                 {MessageArg::integer(fields.size()), MessageArg::text(columns)}});
        if (fields.size() > kColumns)
            //: %1: how many fields the line has; %2: "x1,x2,label"
            throw DataFileError(
                lineNumber,
                {QT_TRANSLATE_NOOP("initviz::core", "extra columns: %1 fields; expected 3 (%2)"),
                 {MessageArg::integer(fields.size()), MessageArg::text(columns)}});
        if (badColumn < kColumns) {
            const std::vector<MessageArg> what{MessageArg::text(columnName(badColumn)),
                                               MessageArg::text(quoted(fields[badColumn]))};
            switch (problem) {
            case NumberProblem::NotFinite:
                //: %1: the column (x1, x2 or label); %2: the field, quoted
                throw DataFileError(
                    lineNumber,
                    {QT_TRANSLATE_NOOP("initviz::core", "%1 %2 is not a finite number"), what});
            case NumberProblem::OutOfRange:
                //: %1: the column (x1, x2 or label); %2: the field, quoted
                throw DataFileError(
                    lineNumber,
                    {QT_TRANSLATE_NOOP("initviz::core", "%1 %2 is out of range for a double"),
                     what});
            default:
                //: %1: the column (x1, x2 or label); %2: the field, quoted
                throw DataFileError(
                    lineNumber,
                    {QT_TRANSLATE_NOOP("initviz::core", "%1 %2 is not a number"), what});
            }
        }
        if (values[2] != 0.0 && values[2] != 1.0)
            //: %1: the label field, quoted
            throw DataFileError(lineNumber,
                                {QT_TRANSLATE_NOOP("initviz::core", "label %1 must be 0 or 1"),
                                 {MessageArg::text(quoted(fields[2]))}});
        if (x1.size() >= static_cast<std::size_t>(kMaxDataRows))
            throw DataFileError(lineNumber,
                                {QT_TRANSLATE_NOOP("initviz::core",
                                                   "more than 100,000 rows; the limit is 100,000 "
                                                   "points")});
        x1.push_back(values[0]);
        x2.push_back(values[1]);
        label.push_back(values[2] == 1.0 ? 1.0 : 0.0); // "-0" is label 0, stored as +0
        ++classCount[values[2] == 1.0 ? 1 : 0];
    }
    if (x1.empty())
        throw DataFileError(
            0, {QT_TRANSLATE_NOOP("initviz::core", "no data rows (expected x1,x2,label lines)")});
    if (classCount[0] == 0 || classCount[1] == 0)
        //: %1: the one label in the file, 0 or 1
        throw DataFileError(lineNumber,
                            {QT_TRANSLATE_NOOP("initviz::core",
                                               "every point has label %1; both classes, 0 and 1, "
                                               "are needed"),
                             {MessageArg::integer(classCount[0] != 0 ? 0 : 1)}});

    Dataset data;
    const auto m = static_cast<Eigen::Index>(x1.size());
    data.X.resize(2, m);
    data.Y.resize(m);
    for (Eigen::Index k = 0; k < m; ++k) {
        const auto i = static_cast<std::size_t>(k);
        data.X(0, k) = x1[i];
        data.X(1, k) = x2[i];
        data.Y(k) = label[i];
    }
    return data;
}

Dataset readDataCsv(const std::filesystem::path& path)
{
    const std::string name = path.filename().string();
    try {
        std::error_code error;
        if (std::filesystem::is_directory(path, error))
            throw DataFileError(
                0, {QT_TRANSLATE_NOOP("initviz::core", "is a directory, not a CSV file")});
        std::ifstream file(path, std::ios::binary);
        if (!file)
            //: %1: the system's reason, in English ("No such file or directory")
            throw DataFileError(0,
                                {QT_TRANSLATE_NOOP("initviz::core", "cannot read: %1"),
                                 {MessageArg::text(std::strerror(errno))}});
        std::string text;
        std::array<char, 1 << 16> buffer{};
        while (file.read(buffer.data(), buffer.size()) || file.gcount() > 0) {
            text.append(buffer.data(), static_cast<std::size_t>(file.gcount()));
            if (text.size() > kMaxDataFileBytes)
                throw DataFileError(
                    0,
                    {QT_TRANSLATE_NOOP("initviz::core",
                                       "larger than 32 MB; the limit is 100,000 rows")});
        }
        if (file.bad())
            throw DataFileError(
                0, {QT_TRANSLATE_NOOP("initviz::core", "cannot read: input/output error")});
        return parseDataCsv(text);
    } catch (const DataFileError& error) {
        throw DataFileError(error.line(), error.reason(), name);
    }
}

std::string writeDataCsv(const Dataset& data)
{
    std::string text(kHeader);
    text += '\n';
    std::array<char, 32> number{};
    const auto append = [&](double value) {
        const auto [ptr, error]
            = std::to_chars(number.data(), number.data() + number.size(), value);
        text.append(number.data(), ptr);
    };
    for (Eigen::Index k = 0; k < data.size(); ++k) {
        append(data.X(0, k));
        text += ',';
        append(data.X(1, k));
        text += data.Y(k) > 0.5 ? ",1\n" : ",0\n";
    }
    return text;
}

} // namespace initviz
