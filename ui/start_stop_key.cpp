// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/start_stop_key.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

#include <utility>

namespace initviz::ui {

StartStopKey::StartStopKey(QWidget* window, std::function<void()> toggle,
                           std::function<void()> stop)
    : QObject(window)
    , window_(window)
    , toggle_(std::move(toggle))
    , stop_(std::move(stop))
{
    qApp->installEventFilter(this);
}

StartStopKey::~StartStopKey()
{
    qApp->removeEventFilter(this);
}

bool StartStopKey::isTextInput(const QWidget* widget)
{
    if (qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget)
        || qobject_cast<const QTextEdit*>(widget) || qobject_cast<const QPlainTextEdit*>(widget))
        return true;
    const auto* combo = qobject_cast<const QComboBox*>(widget);
    return combo && combo->isEditable();
}

bool StartStopKey::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::ShortcutOverride && type != QEvent::KeyPress && type != QEvent::KeyRelease)
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    const bool shift = key->modifiers() == Qt::ShiftModifier;
    if (key->key() != Qt::Key_Space || (key->modifiers() != Qt::NoModifier && !shift))
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window() != window_ || isTextInput(widget))
        return false;
    switch (type) {
    case QEvent::ShortcutOverride:
        // Taken here, so the key reaches this filter as a key press rather than as the menu's
        // shortcut as well.
        event->accept();
        return true;
    case QEvent::KeyPress:
        if (!key->isAutoRepeat())
            (shift ? stop_ : toggle_)();
        return true; // a checkbox never toggles, a button never clicks
    default:
        return true; // the release a button would click on
    }
}

} // namespace initviz::ui
