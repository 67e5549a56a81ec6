// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace initviz::cli {

/// Writes compact JSON text (no spaces, like Python's `json.dumps(separators=(",", ":"))`) with
/// numbers at full precision: a double prints as Python's repr, the shortest text that reads
/// back to the same value, which QJsonDocument does not guarantee. A non-finite double becomes
/// the string "inf", "-inf" or "nan", as in the numpy reference script. Commas are placed by the
/// writer; keys and values are written in call order.
class JsonWriter {
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// The next member's name; call inside an object, before its value.
    void key(std::string_view name);

    void string(std::string_view text);
    void number(double value);
    void integer(std::int64_t value);
    void boolean(bool value);
    void null();

    [[nodiscard]] const std::string& text() const { return text_; }

private:
    void beginValue();
    void open(char bracket);
    void close(char bracket);

    std::string text_;
    std::vector<bool> containerEmpty_; ///< one entry per open object or array
    bool afterKey_ = false;
};

} // namespace initviz::cli
