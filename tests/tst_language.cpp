// SPDX-License-Identifier: GPL-3.0-or-later
// The window in the class's languages and for every user (issue 13): the zh_CN catalogue is
// complete, every text the window shows is translatable (the window rendered in Chinese differs
// from the English wherever a word is shown), the scheme texts the core supplies are translatable,
// every control has an accessible name, and Tab alone walks the form to Start.
#include "ui/experiment_form.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/plot_style.h"
#include "ui/scheme_text.h"

#include "core/experiment.h"
#include "window_test.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextDocument>
#include <QXmlStreamReader>

#include <memory>
#include <utility>
#include <vector>

using initviz::test::shownWindow;
using initviz::ui::MainWindow;
using initviz::ui::UiLanguage;

namespace {
// Tab presses allowed to get from the first field of the form round to Start.
constexpr int kMostTabPresses = 80;

/// One text the window shows, and where: "QLabel experimentDock/…: text".
struct ShownText {
    QString where;
    QString text;
};

/// What a reader sees of a text: no HTML, no mnemonic ampersands, trimmed.
QString plain(const QString& text)
{
    QString result = text;
    if (Qt::mightBeRichText(result)) {
        QTextDocument document;
        document.setHtml(result);
        result = document.toPlainText();
    }
    result.remove(QRegularExpression(QStringLiteral("&(?=[^&\\s])")));
    return result.simplified();
}

QString pathOf(const QObject* object)
{
    QStringList names;
    for (const QObject* o = object; o != nullptr; o = o->parent())
        names.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                                : o->objectName());
    return names.join(QLatin1Char('/'));
}

/// Every text of the window, in a fixed order (the order the window made its children in).
std::vector<ShownText> shownTexts(const MainWindow& window)
{
    std::vector<ShownText> texts;
    const auto add = [&texts](const QObject* object, const char* what, const QString& text) {
        if (!plain(text).isEmpty())
            texts.push_back({pathOf(object) + QLatin1Char(' ') + QLatin1String(what), text});
    };
    add(&window, "windowTitle", window.windowTitle());
    for (const QWidget* widget : window.findChildren<QWidget*>()) {
        add(widget, "toolTip", widget->toolTip());
        add(widget, "statusTip", widget->statusTip());
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            add(widget, "text", label->text());
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            add(widget, "text", button->text());
        if (const auto* group = qobject_cast<const QGroupBox*>(widget))
            add(widget, "title", group->title());
        if (const auto* dock = qobject_cast<const QDockWidget*>(widget))
            add(widget, "windowTitle", dock->windowTitle());
        if (const auto* menu = qobject_cast<const QMenu*>(widget))
            add(widget, "title", menu->title());
        if (const auto* combo = qobject_cast<const QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(widget, "item", combo->itemText(i));
        }
        if (const auto* table = qobject_cast<const QTableWidget*>(widget)) {
            for (int column = 0; column < table->columnCount(); ++column) {
                add(widget, "header",
                    table->model()->headerData(column, Qt::Horizontal).toString());
                for (int row = 0; row < table->rowCount(); ++row) {
                    if (const QTableWidgetItem* item = table->item(row, column)) {
                        add(widget, "cell", item->text());
                        add(widget, "cellToolTip", item->toolTip());
                    }
                }
            }
        }
    }
    for (const QAction* action : window.findChildren<QAction*>()) {
        add(action, "text", action->text());
        add(action, "statusTip", action->statusTip());
    }
    return texts;
}

/// A text that reads the same in every language: a number, a formula, a proper name.
bool isNameOrNumber(const QString& text)
{
    static const QRegularExpression number(
        QStringLiteral("^[\\d\\s.,:;%·×+\\-\u2212\u2013\u2014/()\u221e]*$"));
    static const QRegularExpression formula(QStringLiteral("^W = "));
    static const QStringList names{
        QStringLiteral("InitViz"), QStringLiteral("He"), QStringLiteral("LeCun"),
        // Activation functions keep their names in Chinese courses.
        QStringLiteral("ReLU"), QStringLiteral("tanh"), QStringLiteral("sigmoid"),
        QStringLiteral("leaky ReLU"), QStringLiteral("English"),
        QStringLiteral("\u7b80\u4f53\u4e2d\u6587"), QStringLiteral("W1"), QStringLiteral("W2"),
        QStringLiteral("W3"), QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("b3")};
    const QString shown = plain(text);
    return number.match(shown).hasMatch() || formula.match(shown).hasMatch()
        || names.contains(shown);
}

QString accessibleText(QWidget* widget, QAccessible::Text which)
{
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible != nullptr ? accessible->text(which).trimmed() : QString();
}

/// The widgets a user operates: visible, and reached by Tab or a click.
std::vector<QWidget*> interactiveWidgets(const QWidget& window)
{
    std::vector<QWidget*> widgets;
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus))
            widgets.push_back(widget);
    }
    return widgets;
}
} // namespace

class TestLanguage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void catalogueIsComplete();
    void englishRunNamesAreTheCores();
    void schemeTextsAreTranslatable();
    void everyWindowTextIsTranslated();
    void chineseIsRememberedAndInstalled();
    void everyControlHasAnAccessibleName();
    void tabWalksTheFormToStart();
};

void TestLanguage::initTestCase()
{
    initviz::test::prepareWindowTest("tst_language");
}

void TestLanguage::cleanup()
{
    initviz::ui::installTranslations(UiLanguage::English);
    QSettings().clear();
}

// lupdate marks a text it found but nobody translated "unfinished", and one the sources no longer
// have "vanished"/"obsolete"; the ctest translations_up_to_date runs lupdate first, so a new
// tr() string without a translation fails there.
void TestLanguage::catalogueIsComplete()
{
    QFile file(QStringLiteral(INITVIZ_SOURCE_DIR "/resources/translations/initviz_zh_CN.ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message"))
            ++messages;
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty() || text.trimmed().isEmpty())
                unfinished << QStringLiteral("%1 (%2)").arg(
                    source, type.isEmpty() ? QStringLiteral("empty") : type);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 150);
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1String("\n"))));
}

// Issue 10: the window words a run with tr() over the core's patterns; untranslated, it names it
// exactly as the core (and so the command line) does.
void TestLanguage::englishRunNamesAreTheCores()
{
    QCOMPARE(initviz::ui::installTranslations(UiLanguage::English), UiLanguage::English);
    const std::vector<int> layers{2, 10, 5, 1};
    for (const initviz::InitSchemeInfo& info : initviz::initSchemes()) {
        const initviz::InitScheme scheme = info.scheme;
        QCOMPARE(initviz::ui::schemeTitle(scheme).toStdString(), initviz::schemeName(scheme));
        QCOMPARE(initviz::ui::modelTitle(scheme).toStdString(), initviz::modelPlotTitle(scheme));
        QCOMPARE(initviz::ui::runTitle(scheme, 4U).toStdString(),
                 initviz::runPlotTitle(scheme, 4U));
        QCOMPARE(
            initviz::ui::tableModelName(scheme, initviz::weightLayerCount(layers)).toStdString(),
            initviz::modelName(scheme, layers));
        // With every activation too: "Model with He initialization, tanh", "He, tanh, seed 4".
        for (const initviz::ActivationInfo& activation : initviz::activations()) {
            const initviz::Activation a = activation.activation;
            QCOMPARE(initviz::ui::runTitle(scheme, 4U, a).toStdString(),
                     initviz::runPlotTitle(scheme, 4U, a));
            QCOMPARE(initviz::ui::runTitle(scheme, std::nullopt, a).toStdString(),
                     initviz::runPlotTitle(scheme, std::nullopt, a));
            QCOMPARE(initviz::ui::tableModelName(scheme, initviz::weightLayerCount(layers), a)
                         .toStdString(),
                     initviz::modelName(scheme, layers, a));
        }
    }
    QCOMPARE(initviz::runPlotTitle(initviz::InitScheme::He, 4U, initviz::Activation::Tanh),
             std::string("He, tanh, seed 4"));
}

void TestLanguage::schemeTextsAreTranslatable()
{
    QVERIFY(initviz::ui::everySchemeTextIsTranslatable());
    QCOMPARE(initviz::ui::installTranslations(UiLanguage::SimplifiedChinese),
             UiLanguage::SimplifiedChinese);
    QCOMPARE(initviz::ui::schemeTitleText(initviz::InitScheme::Zeros), QStringLiteral("\u96f6"));
    QCOMPARE(initviz::ui::schemeCommentText(initviz::InitScheme::Zeros),
             QStringLiteral("\u65e0\u6cd5\u6253\u7834\u5bf9\u79f0\u6027")); // 无法打破对称性
}

// The same window built in English and in Chinese: every text at the same place must differ,
// unless it is a number, a formula or a name. A string that skipped tr() reads the same in both.
void TestLanguage::everyWindowTextIsTranslated()
{
    QCOMPARE(initviz::ui::installTranslations(UiLanguage::English), UiLanguage::English);
    const std::vector<ShownText> english = shownTexts(*shownWindow());
    QCOMPARE(initviz::ui::installTranslations(UiLanguage::SimplifiedChinese),
             UiLanguage::SimplifiedChinese);
    const std::vector<ShownText> chinese = shownTexts(*shownWindow());

    QStringList problems;
    for (std::size_t i = 0; i < std::min(english.size(), chinese.size()); ++i) {
        if (english[i].where != chinese[i].where) {
            problems << QStringLiteral("different texts at %1 / %2")
                            .arg(english[i].where, chinese[i].where);
            break;
        }
        if (plain(english[i].text) == plain(chinese[i].text) && !isNameOrNumber(english[i].text))
            problems << QStringLiteral("%1: \"%2\"").arg(english[i].where, plain(english[i].text));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("not translated:\n") + problems.join(QLatin1Char('\n'))));
    QCOMPARE(chinese.size(), english.size());
    QVERIFY(english.size() > 100);
}

void TestLanguage::chineseIsRememberedAndInstalled()
{
    QCOMPARE(initviz::ui::rememberedLanguage(), UiLanguage::System);
    initviz::ui::rememberLanguage(UiLanguage::SimplifiedChinese);
    QCOMPARE(initviz::ui::rememberedLanguage(), UiLanguage::SimplifiedChinese);
    QCOMPARE(initviz::ui::installTranslations(initviz::ui::rememberedLanguage()),
             UiLanguage::SimplifiedChinese);
    const auto window = shownWindow();
    QCOMPARE(window->form()->startButton()->text(), QStringLiteral("\u5f00\u59cb")); // 开始
    // Qt's own dialogs too (Debian qt6-translations-l10n): its "&Yes" button text.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&Yes"), QStringLiteral("\u662f(&Y)"));

    // View → Language offers the three choices, the remembered one checked.
    const auto* menu = window->findChild<QMenu*>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    const auto* chinese = window->findChild<QAction*>(QStringLiteral("language_zh_CN"));
    QVERIFY(chinese && chinese->isChecked());
    auto* english = window->findChild<QAction*>(QStringLiteral("language_en"));
    QVERIFY(english && !english->isChecked());
    english->trigger();
    QCOMPARE(initviz::ui::rememberedLanguage(), UiLanguage::English);

    // A value a later version wrote, or a corrupted one, means "follow the system".
    QSettings().setValue(QStringLiteral("window/language"), QStringLiteral("tlh"));
    QCOMPARE(initviz::ui::rememberedLanguage(), UiLanguage::System);
}

void TestLanguage::everyControlHasAnAccessibleName()
{
    for (const UiLanguage language : {UiLanguage::English, UiLanguage::SimplifiedChinese}) {
        initviz::ui::installTranslations(language);
        const auto window = shownWindow();
        QStringList unnamed;
        QStringList undescribed;
        const std::vector<QWidget*> widgets = interactiveWidgets(*window);
        QVERIFY(widgets.size() > 20);
        for (QWidget* widget : widgets) {
            if (accessibleText(widget, QAccessible::Name).isEmpty())
                unnamed << pathOf(widget);
            if (accessibleText(widget, QAccessible::Description).isEmpty())
                undescribed << pathOf(widget);
        }
        QVERIFY2(
            unnamed.isEmpty(),
            qPrintable(QStringLiteral("no accessible name:\n") + unnamed.join(QLatin1Char('\n'))));
        QVERIFY2(undescribed.isEmpty(),
                 qPrintable(QStringLiteral("no accessible description:\n")
                            + undescribed.join(QLatin1Char('\n'))));
    }
}

// From the first field of the form, Tab alone (no mouse) comes round to Start, through every
// control of the form, each with a name a screen reader can say.
void TestLanguage::tabWalksTheFormToStart()
{
    const auto window = shownWindow();
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QWidget* first = window->findChild<QWidget*>(QStringLiteral("learningRate"));
    QVERIFY(first);
    first->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), first);

    QPushButton* start = window->form()->startButton();
    QStringList walked;
    bool reachedStart = false;
    for (int press = 0; press < kMostTabPresses && !reachedStart; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* focused = QApplication::focusWidget();
        QVERIFY2(focused, "Tab left no widget with the focus");
        walked << pathOf(focused);
        QVERIFY2(!accessibleText(focused, QAccessible::Name).isEmpty(),
                 qPrintable(QStringLiteral("Tab reached %1, which has no accessible name")
                                .arg(pathOf(focused))));
        reachedStart = focused == start;
    }
    QVERIFY2(reachedStart,
             qPrintable(QStringLiteral("Tab never reached Start; it walked:\n")
                        + walked.join(QLatin1Char('\n'))));
    // On the way it passed the form's other fields.
    for (const char* name : {"iterations", "layers", "seed", "noise", "restoreButton"})
        QVERIFY2(walked.join(QLatin1Char(' ')).contains(QLatin1String(name)), name);
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
