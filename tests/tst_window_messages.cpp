// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: the core's messages in the window's language. A bad layer list, a network too large
// for the core, a bad data file and a run's measured evidence read in Chinese under zh_CN, and as
// the core's own English under English; their numbers follow the window's locale.
#include "ui/core_text.h"
#include "ui/experiment_form.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/results_table.h"

#include "core/message.h"
#include "window_test.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidgetItem>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using initviz::Message;
using initviz::MessageArg;
using initviz::test::child;
using initviz::test::shownWindow;
using initviz::ui::MainWindow;
using initviz::ui::UiLanguage;

namespace {
constexpr int kTrainingTimeoutMs = 60'000;
} // namespace

class TestWindowMessages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        initviz::test::prepareWindowTest("tst_window_messages");
        locale_ = QLocale();
    }

    void cleanup()
    {
        initviz::ui::installTranslations(UiLanguage::English);
        QLocale::setDefault(locale_);
    }

    void formSaysTheCoresMessageInItsLanguage_data()
    {
        QTest::addColumn<UiLanguage>("language");
        QTest::addColumn<QString>("layers");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("expected");

        const QString notANumber = QStringLiteral("2,abc,1");
        const QString tooLarge = QStringLiteral("2,5000,5000,1");
        // The form starts a message with a capital, as a sentence.
        QTest::newRow("English, a layer not a number")
            << UiLanguage::English << notANumber << QStringLiteral("layersMessage")
            << QStringLiteral("Layer 2 is not a whole number: 'abc'");
        QTest::newRow("Chinese, a layer not a number")
            << UiLanguage::SimplifiedChinese << notANumber << QStringLiteral("layersMessage")
            << QStringLiteral("第 2 层不是整数：'abc'");
        QTest::newRow("English, a network too large")
            << UiLanguage::English << tooLarge << QStringLiteral("validationMessage")
            << QStringLiteral("Layers 2,5000,5000,1 need 2.5e+07 parameters; the limit is 1e+07");
        QTest::newRow("Chinese, a network too large")
            << UiLanguage::SimplifiedChinese << tooLarge << QStringLiteral("validationMessage")
            << QStringLiteral("层 2,5000,5000,1 需要 2.5e+07 个参数；上限为 1e+07");
    }

    void formSaysTheCoresMessageInItsLanguage()
    {
        QFETCH(UiLanguage, language);
        QFETCH(QString, layers);
        QFETCH(QString, label);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale::c()); // the core's number format, whatever the machine's
        QCOMPARE(initviz::ui::installTranslations(language), language);
        const auto window = shownWindow();

        initviz::test::typeInto(child<QLineEdit>(*window, "layers"), layers);
        const auto* message = child<QLabel>(*window, qPrintable(label));
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), expected);
        QCOMPARE(window->form()->validationError(), expected);
        // The status bar says it too, after its own (translated) "Cannot start".
        const auto* status = child<QLabel>(*window, "statusText");
        QVERIFY2(status->text().endsWith(expected), qPrintable(status->text()));
    }

    // A data file's problem nests three messages: the file, the line and the reason.
    void dataFileProblemIsInChinese()
    {
        QCOMPARE(initviz::ui::installTranslations(UiLanguage::SimplifiedChinese),
                 UiLanguage::SimplifiedChinese);
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString path = directory.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x1,x2,label\n1,2,3\n");
        file.close();

        MainWindow window;
        QString error;
        QVERIFY(!window.openData(path, &error));
        QCOMPARE(error, QStringLiteral("bad.csv：第 2 行：标签 \"3\" 必须是 0 或 1"));
    }

    // Numbers as the window writes them: German "0,01", no group separators; the core's own
    // "inf"; text verbatim, never substituted again.
    void argumentsFollowTheWindowsLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const Message message{"%1 | %2 | %3 | %4 | %5 | %6",
                              {MessageArg::real(0.01), MessageArg::integer(4294967295U),
                               MessageArg::significant(0.6931, 3), MessageArg::percent(0.335, 1),
                               MessageArg::real(std::numeric_limits<double>::infinity()),
                               MessageArg::text("'%1,5'")}};
        QCOMPARE(initviz::ui::translated(message),
                 QStringLiteral("0,01 | 4294967295 | 0,693 | 33,5% | inf | '%1,5'"));
        // Under C, the window's text is the core's English.
        QLocale::setDefault(QLocale::c());
        QCOMPARE(initviz::ui::translated(message).toStdString(), message.english());
    }

    // Issue 11's evidence in the results table's tooltip, translated: the zeros run's symmetry.
    void evidenceTooltipIsInChinese()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(initviz::ui::installTranslations(UiLanguage::SimplifiedChinese),
                 UiLanguage::SimplifiedChinese);
        initviz::ui::ExperimentSettings settings = initviz::ui::ExperimentSettings::notebook();
        settings.schemes = {initviz::InitScheme::Zeros};
        settings.training.iterations = 100;
        settings.training.costEvery = 10;
        MainWindow window;
        QVERIFY(initviz::test::trainToTheEnd(window, settings, kTrainingTimeoutMs));

        const QTableWidgetItem* comment = window.resultsTable()->item(0, MainWindow::CommentColumn);
        QVERIFY(comment);
        QCOMPARE(comment->text(), QStringLiteral("未能打破对称性"));
        QCOMPARE(comment->toolTip(),
                 QStringLiteral("未能打破对称性\nW1：开始和结束时都有 10 行完全相同"));
    }

private:
    QLocale locale_;
};

QTEST_MAIN(TestWindowMessages)
#include "tst_window_messages.moc"
