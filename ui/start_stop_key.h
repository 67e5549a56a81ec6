// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace initviz::ui {

/// Space starts, pauses and resumes (issue 9, issue 12) and Shift+Space stops wherever the focus
/// is in `window`, except in a text field, where they type a space: on a checkbox, a button or a
/// list they do not also toggle, click or select. Installed on the application, it looks only at
/// key events for `window`'s own widgets (not its dialogs or menus) and calls `toggle` (Space) or
/// `stop` (Shift+Space) once per press (auto-repeat ignored).
class StartStopKey : public QObject {
    Q_OBJECT
public:
    StartStopKey(QWidget* window, std::function<void()> toggle, std::function<void()> stop);
    ~StartStopKey() override;

    StartStopKey(const StartStopKey&) = delete;
    StartStopKey& operator=(const StartStopKey&) = delete;

    /// Whether Space typed into `widget` is text (a line edit, spin box, editable combo box or
    /// text edit), which Space must not take away.
    [[nodiscard]] static bool isTextInput(const QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* window_;
    std::function<void()> toggle_;
    std::function<void()> stop_;
};

} // namespace initviz::ui
