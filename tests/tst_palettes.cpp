// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, item 3: the window follows the system's dark or high-contrast palette without losing
// legibility. Coloured text (a secondary line, a warning, an inline error) has a form for light
// and one for dark backgrounds and reads at 4.5:1 or more on every palette; a field marked
// invalid keeps dark text on its light tint; a palette switch while the window is open recolours
// what is on show. Seen to fail: with the dark forms replaced by the light ones
// (eachPaletteGetsItsForms), with the fallback to the palette's text colour removed
// (tonesReadOnEveryPalette on the mid grey), with ToneKeeper not re-applying
// on PaletteChange (errorFollowsAPaletteSwitch), and without the invalid style's text colour
// (invalidFieldKeepsDarkText).
#include "ui/main_window.h"
#include "ui/plot_style.h"
#include "ui/text_tones.h"

#include "window_test.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QTest>

#include <algorithm>

using initviz::ui::TextTone;
using initviz::ui::toneColor;

namespace {

QPalette makePalette(QRgb window, QRgb windowText, QRgb base, QRgb text)
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(window));
    palette.setColor(QPalette::WindowText, QColor(windowText));
    palette.setColor(QPalette::Base, QColor(base));
    palette.setColor(QPalette::Text, QColor(text));
    palette.setColor(QPalette::Button, QColor(window));
    palette.setColor(QPalette::ButtonText, QColor(windowText));
    return palette;
}

// Light as Qt's Fusion default, a dark theme, the two high-contrast themes, and a mid grey (where
// neither form of a tone reaches 4.5:1 and the palette's own text colour must be used).
QPalette lightPalette()
{
    return makePalette(0xefefef, 0x000000, 0xffffff, 0x000000);
}
QPalette darkPalette()
{
    return makePalette(0x2d2d30, 0xffffff, 0x1e1e1e, 0xffffff);
}
QPalette blackHighContrast()
{
    return makePalette(0x000000, 0xffffff, 0x000000, 0xffffff);
}
QPalette whiteHighContrast()
{
    return makePalette(0xffffff, 0x000000, 0xffffff, 0x000000);
}
QPalette midGrey()
{
    return makePalette(0x808080, 0x000000, 0x909090, 0x000000);
}

// The contrast a QLabel's text has on its own background.
double labelContrast(const QWidget& label)
{
    return initviz::ui::contrastRatio(label.palette().color(QPalette::WindowText),
                                      label.palette().color(QPalette::Window));
}

} // namespace

class TestPalettes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { initviz::test::prepareWindowTest("tst_palettes"); }
    void cleanup() { QApplication::setPalette(lightPalette()); }

    void tonesReadOnEveryPalette_data();
    void tonesReadOnEveryPalette();
    void eachPaletteGetsItsForms();
    void errorFollowsAPaletteSwitch();
    void invalidFieldKeepsDarkText();
};

void TestPalettes::tonesReadOnEveryPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
    QTest::newRow("high contrast, black") << blackHighContrast();
    QTest::newRow("high contrast, white") << whiteHighContrast();
    QTest::newRow("mid grey") << midGrey();
}

void TestPalettes::tonesReadOnEveryPalette()
{
    QFETCH(QPalette, palette);
    for (const TextTone tone : {TextTone::Secondary, TextTone::Warning, TextTone::Error}) {
        for (const QPalette::ColorRole background : {QPalette::Window, QPalette::Base}) {
            const QColor color = toneColor(tone, palette, background);
            const double contrast = initviz::ui::contrastRatio(color, palette.color(background));
            QVERIFY2(contrast >= initviz::ui::kMinimumTextContrast,
                     qPrintable(QStringLiteral("tone %1 on %2: %3 at %4:1")
                                    .arg(static_cast<int>(tone))
                                    .arg(palette.color(background).name(), color.name())
                                    .arg(contrast)));
        }
    }
}

void TestPalettes::eachPaletteGetsItsForms()
{
    // The colours the window had before it followed the palette, unchanged on a light one.
    QCOMPARE(toneColor(TextTone::Secondary, lightPalette()), QColor(0x555555));
    QCOMPARE(toneColor(TextTone::Warning, lightPalette()), QColor(0x8a4b00));
    QCOMPARE(toneColor(TextTone::Error, lightPalette()), QColor(0xb00020));
    // On a dark palette, the dark forms (not merely the palette's text colour).
    QCOMPARE(toneColor(TextTone::Warning, darkPalette()), QColor(0xffb74d));
    QCOMPARE(toneColor(TextTone::Error, darkPalette()), QColor(0xff8a80));
    // Where the form cannot reach 4.5:1, the palette's own text colour.
    QCOMPARE(toneColor(TextTone::Secondary, midGrey()), QColor(Qt::black));
}

void TestPalettes::errorFollowsAPaletteSwitch()
{
    QApplication::setPalette(lightPalette());
    initviz::ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* layers = initviz::test::child<QLineEdit>(window, "layers");
    auto* message = initviz::test::child<QLabel>(window, "layersMessage");
    initviz::test::typeInto(layers, QStringLiteral("2,x,1"));
    QTRY_VERIFY(!message->text().isEmpty()); // (the form may be folded into the strip)
    QCOMPARE(message->palette().color(QPalette::WindowText), QColor(0xb00020));

    // The system switches to a dark theme while the message is on show.
    QApplication::setPalette(darkPalette());
    QTRY_COMPARE(message->palette().color(QPalette::Window), QColor(0x2d2d30));
    QVERIFY2(labelContrast(*message) >= initviz::ui::kMinimumTextContrast,
             qPrintable(message->palette().color(QPalette::WindowText).name()));
    QApplication::setPalette(blackHighContrast());
    QTRY_COMPARE(message->palette().color(QPalette::Window), QColor(Qt::black));
    QVERIFY2(labelContrast(*message) >= initviz::ui::kMinimumTextContrast,
             qPrintable(message->palette().color(QPalette::WindowText).name()));
    // And back: the light form again.
    QApplication::setPalette(lightPalette());
    QTRY_COMPARE(message->palette().color(QPalette::WindowText), QColor(0xb00020));
}

void TestPalettes::invalidFieldKeepsDarkText()
{
    QApplication::setPalette(darkPalette());
    initviz::ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* layers = initviz::test::child<QLineEdit>(window, "layers");
    initviz::test::typeInto(layers, QStringLiteral("2,x,1"));
    QTRY_VERIFY(!layers->styleSheet().isEmpty());
    // Rendered: the field's text pixels reach 4.5:1 against its light tint.
    const QImage image = layers->grab().toImage();
    const QColor tint(0xffebee);
    double best = 1.0;
    constexpr int kInsideBorder = 4; // the red border reads on the tint by itself
    for (int y = kInsideBorder; y < image.height() - kInsideBorder; ++y) {
        for (int x = kInsideBorder; x < image.width() - kInsideBorder; ++x)
            best = std::max(best, initviz::ui::contrastRatio(QColor(image.pixel(x, y)), tint));
    }
    QVERIFY2(best >= initviz::ui::kMinimumTextContrast, qPrintable(QString::number(best)));
}

QTEST_MAIN(TestPalettes)
#include "tst_palettes.moc"
