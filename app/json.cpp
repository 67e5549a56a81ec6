// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/json.h"

#include "core/text.h"

#include <cmath>

namespace initviz::cli {

namespace {
constexpr char kHexDigits[] = "0123456789abcdef";
// Characters below this must be escaped inside a JSON string (RFC 8259, section 7).
constexpr unsigned char kFirstPlainCharacter = 0x20;
} // namespace

void JsonWriter::beginObject()
{
    open('{');
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::beginArray()
{
    open('[');
}

void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::key(std::string_view name)
{
    string(name);
    text_.push_back(':');
    afterKey_ = true;
}

void JsonWriter::string(std::string_view text)
{
    beginValue();
    text_.push_back('"');
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            text_ += "\\\"";
            break;
        case '\\':
            text_ += "\\\\";
            break;
        case '\n':
            text_ += "\\n";
            break;
        case '\r':
            text_ += "\\r";
            break;
        case '\t':
            text_ += "\\t";
            break;
        default:
            if (byte < kFirstPlainCharacter) {
                text_ += "\\u00";
                text_.push_back(kHexDigits[byte >> 4]);
                text_.push_back(kHexDigits[byte & 0xf]);
            } else {
                text_.push_back(c); // UTF-8 bytes pass through
            }
        }
    }
    text_.push_back('"');
}

void JsonWriter::number(double value)
{
    // JSON has no inf or nan: write them as the strings Python's repr would print.
    if (!std::isfinite(value)) {
        string(formatPython(value));
        return;
    }
    beginValue();
    text_ += formatPython(value); // "0.96", "1e-05", "1e+16": all valid JSON numbers
}

void JsonWriter::integer(std::int64_t value)
{
    beginValue();
    text_ += std::to_string(value);
}

void JsonWriter::null()
{
    beginValue();
    text_ += "null";
}

void JsonWriter::boolean(bool value)
{
    beginValue();
    text_ += value ? "true" : "false";
}

void JsonWriter::beginValue()
{
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (!containerEmpty_.empty()) {
        if (!containerEmpty_.back())
            text_.push_back(',');
        containerEmpty_.back() = false;
    }
}

void JsonWriter::open(char bracket)
{
    beginValue();
    text_.push_back(bracket);
    containerEmpty_.push_back(true);
}

void JsonWriter::close(char bracket)
{
    text_.push_back(bracket);
    containerEmpty_.pop_back();
}

} // namespace initviz::cli
