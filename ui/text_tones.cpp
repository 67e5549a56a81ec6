// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/text_tones.h"

#include "ui/plot_style.h"

#include <QEvent>
#include <QWidget>

namespace initviz::ui {

namespace {
// A background whose relative luminance is at least this is light.
constexpr double kLightBackground = 0.4;

struct ToneForms {
    QRgb onLight;
    QRgb onDark;
};

ToneForms forms(TextTone tone)
{
    switch (tone) {
    case TextTone::Secondary:
        return {0x555555, 0xb8b8b8};
    case TextTone::Warning:
        return {0x8a4b00, 0xffb74d};
    case TextTone::Error:
        return {0xb00020, 0xff8a80};
    }
    return {0x000000, 0xffffff};
}

QPalette::ColorRole textRoleOn(QPalette::ColorRole background)
{
    return background == QPalette::Base ? QPalette::Text : QPalette::WindowText;
}

// Re-applies a tone to its widget whenever the widget's palette changes. The colour depends only
// on the background, which the tone never sets, so applying it settles at once.
class ToneKeeper : public QObject {
public:
    ToneKeeper(QWidget* widget, TextTone tone)
        : QObject(widget)
        , widget_(widget)
        , tone_(tone)
    {
        widget->installEventFilter(this);
        apply();
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == widget_ && event->type() == QEvent::PaletteChange)
            apply();
        return false;
    }

private:
    void apply()
    {
        const QColor color = toneColor(tone_, widget_->palette());
        if (widget_->palette().color(QPalette::WindowText) == color)
            return;
        QPalette palette = widget_->palette();
        palette.setColor(QPalette::WindowText, color);
        widget_->setPalette(palette);
    }

    QWidget* widget_;
    TextTone tone_;
};
} // namespace

QColor toneColor(TextTone tone, const QPalette& palette, QPalette::ColorRole background)
{
    const QColor back = palette.color(background);
    const ToneForms form = forms(tone);
    const QColor candidate(relativeLuminance(back) >= kLightBackground ? form.onLight
                                                                       : form.onDark);
    if (contrastRatio(candidate, back) >= kMinimumTextContrast)
        return candidate;
    return palette.color(textRoleOn(background));
}

void setTextTone(QWidget* widget, TextTone tone)
{
    new ToneKeeper(widget, tone); // owned by the widget
}

} // namespace initviz::ui
