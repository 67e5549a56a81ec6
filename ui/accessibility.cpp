// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accessibility.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QTextDocument>
#include <QWidget>

namespace initviz::ui {

namespace {
/// What a screen reader should say of a text: no HTML, no mnemonic ampersand, one line.
QString spoken(const QString& text)
{
    QString result = text;
    if (Qt::mightBeRichText(result)) {
        QTextDocument document;
        document.setHtml(result);
        result = document.toPlainText();
    }
    static const QRegularExpression mnemonic(QStringLiteral("&(?=[^&\\s])"));
    result.remove(mnemonic);
    return result.simplified();
}

/// The text of the QLabel whose buddy `widget` is (a form row's label), if any.
QString buddyText(const QWidget* widget, const QWidget* root)
{
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (label->buddy() == widget)
            return spoken(label->text());
    }
    return {};
}

/// The title of the nearest titled section around `widget`: a group box or a dock.
QString sectionTitle(const QWidget* widget)
{
    for (const QWidget* w = widget->parentWidget(); w != nullptr; w = w->parentWidget()) {
        if (const auto* group = qobject_cast<const QGroupBox*>(w);
            group && !group->title().isEmpty())
            return spoken(group->title());
        if (const auto* dock = qobject_cast<const QDockWidget*>(w))
            return spoken(dock->windowTitle());
    }
    return {};
}

/// The widget a user means when `widget` has the focus: a spin box for its inner line edit.
const QWidget* meant(const QWidget* widget)
{
    if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(widget->parentWidget()))
        return spin;
    return widget;
}

QString nameFor(const QWidget* widget, const QWidget* root)
{
    const QWidget* control = meant(widget);
    if (!control->accessibleName().isEmpty())
        return control->accessibleName();
    // Its own label, or that of the part of the window it belongs to (a scroll area inside a
    // labelled view).
    for (const QWidget* w = control; w != nullptr && w != root; w = w->parentWidget()) {
        if (QString text = buddyText(w, root); !text.isEmpty())
            return text;
    }
    if (const auto* button = qobject_cast<const QAbstractButton*>(control);
        button && !spoken(button->text()).isEmpty())
        return spoken(button->text());
    if (const auto* group = qobject_cast<const QGroupBox*>(control);
        group && !group->title().isEmpty())
        return spoken(group->title());
    if (QString tip = spoken(control->toolTip()); !tip.isEmpty())
        return tip;
    return sectionTitle(control); // e.g. a dock's scroll area: the dock's title
}

QString descriptionFor(const QWidget* widget, const QString& name)
{
    const QWidget* control = meant(widget);
    if (!control->accessibleDescription().isEmpty())
        return control->accessibleDescription();
    if (QString tip = spoken(control->toolTip()); !tip.isEmpty())
        return tip;
    // No tooltip: say where it is ("Learning rate" in "Training"), or, for a section itself, its
    // title.
    const QString section = sectionTitle(control);
    return section.isEmpty() ? name : section;
}
} // namespace

void describeControls(QWidget* root)
{
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (auto* view = qobject_cast<QAbstractItemView*>(widget))
            view->setTabKeyNavigation(false);
        if (!(widget->focusPolicy() & Qt::TabFocus))
            continue;
        // Only where Qt finds none itself (it names a button by its text, a field by its buddy
        // label, and describes by the tooltip), so texts that change later stay current.
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (accessible == nullptr)
            continue;
        QString name = accessible->text(QAccessible::Name).trimmed();
        if (name.isEmpty()) {
            name = nameFor(widget, root);
            widget->setAccessibleName(name);
        }
        if (accessible->text(QAccessible::Description).trimmed().isEmpty())
            widget->setAccessibleDescription(descriptionFor(widget, name));
    }
}

} // namespace initviz::ui
