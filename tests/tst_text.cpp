// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers print like Python's repr (as the notebook prints them); layer lists parse strictly;
// runs are named as the notebook names them (issue 10: one home, core/experiment.h).
#include "core/experiment.h"
#include "core/text.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace {
// An echoed layer item is cut to this many bytes (core/text.cpp), and a whole message stays
// well within a terminal line or an inline message.
constexpr qsizetype kMaxEchoedLength = 40;
constexpr qsizetype kMaxMessageLength = 120;
} // namespace

class TestText : public QObject {
    Q_OBJECT

private slots:
    void formatsLikePythonRepr_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("He cost") << 0.8830537463419761 << "0.8830537463419761";
        QTest::newRow("accuracy 298/300") << 298.0 / 300.0 << "0.9933333333333333";
        QTest::newRow("accuracy 0.96") << 0.96 << "0.96";
        QTest::newRow("half") << 0.5 << "0.5";
        QTest::newRow("whole number keeps .0") << 1.0 << "1.0";
        QTest::newRow("zero") << 0.0 << "0.0";
        QTest::newRow("negative zero") << -0.0 << "-0.0";
        QTest::newRow("negative") << -0.07741354010048114 << "-0.07741354010048114";
        QTest::newRow("1e-4 is still fixed") << 0.0001 << "0.0001";
        QTest::newRow("1e-5 switches to exponent") << 0.00001 << "1e-05";
        QTest::newRow("small with digits") << 1.5e-7 << "1.5e-07";
        QTest::newRow("1e15 is fixed") << 1e15 << "1000000000000000.0";
        QTest::newRow("1e16 switches to exponent") << 1e16 << "1e+16";
        QTest::newRow("huge") << 1.7976931348623157e308 << "1.7976931348623157e+308";
        QTest::newRow("tiny subnormal") << 5e-324 << "5e-324";
        QTest::newRow("a hundred") << 123.5 << "123.5";
        QTest::newRow("inf") << std::numeric_limits<double>::infinity() << "inf";
        QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << "-inf";
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << "nan";
    }

    void formatsLikePythonRepr()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(QString::fromStdString(initviz::formatPython(value)), expected);
    }

    void parsesLayerLists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("notebook") << "2,10,5,1" << QList<int>{2, 10, 5, 1};
        QTest::newRow("logistic regression") << "2,1" << QList<int>{2, 1};
        QTest::newRow("spaces around items") << " 2, 10 ,1 " << QList<int>{2, 10, 1};
    }

    void parsesLayerLists()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, expected);
        const std::vector<int> layers = initviz::parseLayers(text.toStdString());
        QCOMPARE(QList<int>(layers.begin(), layers.end()), expected);
        QCOMPARE(QString::fromStdString(initviz::formatLayers(layers)).remove(' '),
                 text.remove(' '));
    }

    void rejectsBadLayerLists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("empty item") << "2,,5,1"
                                    << "layer 2 is empty";
        QTest::newRow("trailing comma") << "2,5,"
                                        << "layer 3 is empty";
        QTest::newRow("not a number") << "2,x,1"
                                      << "not a whole number";
        QTest::newRow("fraction") << "2,1.5,1"
                                  << "not a whole number";
        QTest::newRow("zero width") << "2,0,1"
                                    << "at least 1 unit";
        QTest::newRow("negative width") << "2,-3,1"
                                        << "at least 1 unit";
        QTest::newRow("too wide for int") << "2,99999999999,1"
                                          << "too wide";
        QTest::newRow("only one layer") << "2"
                                        << "at least an input and an output";
        QTest::newRow("wrong input") << "3,5,1"
                                     << "first layer must be 2";
        QTest::newRow("wrong output") << "2,5,2"
                                      << "last layer must be 1";
        // Issue 5 (found by fuzz_layers): an echoed item stays on one line and stays short.
        QTest::newRow("newline in an item") << "2,x\ny,1"
                                            << "not a whole number: 'x?y'";
        QTest::newRow("NUL in an item") << QString::fromLatin1("2,1\0,1", 7) << "'1?'";
        QTest::newRow("long item is cut") << "2," + QString(1000, 'x') + ",1"
                                          << "'" + QString(kMaxEchoedLength, 'x') + "...'";
        QTest::newRow("cut between UTF-8 sequences") << "2," + QString(39, 'x') + "\u00e9,1"
                                                     << "'" + QString(39, 'x') + "...'";
        QTest::newRow("long zero width") << "2,-" + QString(1000, '0') + ",1"
                                         << "layer 2 has width 0;";
    }

    void rejectsBadLayerLists()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        try {
            (void)initviz::parseLayers(text.toStdString());
            QFAIL("parseLayers accepted a bad list");
        } catch (const std::invalid_argument& error) {
            const QString message = QString::fromUtf8(error.what());
            QVERIFY2(message.contains(messagePart), error.what());
            QVERIFY2(!message.contains('\n') && !message.contains('\r'), error.what());
            QVERIFY2(message.size() <= kMaxMessageLength, error.what());
        }
    }

    void parsesSeedLists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<quint32>>("expected");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("the notebook's") << "3" << QList<quint32>{3} << "3";
        QTest::newRow("a range") << "1-4" << QList<quint32>{1, 2, 3, 4} << "1-4";
        QTest::newRow("a list") << "1,5,9" << QList<quint32>{1, 5, 9} << "1,5,9";
        QTest::newRow("mixed, with spaces")
            << " 7 , 1 - 3 " << QList<quint32>{7, 1, 2, 3} << "7,1-3";
        QTest::newRow("two in a row") << "4,5" << QList<quint32>{4, 5} << "4,5";
        QTest::newRow("numpy's last seeds")
            << "4294967294-4294967295" << QList<quint32>{4294967294U, 4294967295U}
            << "4294967294,4294967295";
    }

    void parsesSeedLists()
    {
        QFETCH(QString, text);
        QFETCH(QList<quint32>, expected);
        QFETCH(QString, formatted);
        const std::vector<std::uint32_t> seeds = initviz::parseSeeds(text.toStdString(), 64);
        QCOMPARE(QList<quint32>(seeds.begin(), seeds.end()), expected);
        QCOMPARE(QString::fromStdString(initviz::formatSeeds(seeds)), formatted);
        QCOMPARE(initviz::parseSeeds(formatted.toStdString(), 64), seeds);
    }

    void rejectsBadSeedLists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << " "
                               << "no seeds";
        QTest::newRow("empty item") << "1,,2"
                                    << "item 2 is empty";
        QTest::newRow("negative") << "-1"
                                  << "from 0 to 4294967295";
        QTest::newRow("beyond numpy") << "4294967296"
                                      << "from 0 to 4294967295";
        QTest::newRow("a range beyond numpy") << "1-99999999999999999999"
                                              << "from 0 to";
        QTest::newRow("fraction") << "1.5"
                                  << "neither a whole number nor a range";
        QTest::newRow("open range") << "5-"
                                    << "neither a whole number nor a range";
        QTest::newRow("a plus sign") << "+3"
                                     << "neither a whole number nor a range";
        QTest::newRow("backwards") << "4-1"
                                   << "runs backwards";
        QTest::newRow("twice") << "1-4,2"
                               << "seed 2 is listed twice";
        QTest::newRow("too many") << "1-65"
                                  << "more than 64 seeds";
        QTest::newRow("numpy's whole range") << "0-4294967295"
                                             << "more than 64 seeds";
        QTest::newRow("long item is cut")
            << QString(1000, 'x') << "'" + QString(kMaxEchoedLength, 'x') + "...'";
    }

    void rejectsBadSeedLists()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        try {
            (void)initviz::parseSeeds(text.toStdString(), 64);
            QFAIL("parseSeeds accepted a bad list");
        } catch (const std::invalid_argument& error) {
            const QString message = QString::fromUtf8(error.what());
            QVERIFY2(message.contains(messagePart), error.what());
            QVERIFY2(message.size() <= kMaxMessageLength, error.what());
        }
    }

    void formatsPredictionsAsBits()
    {
        QCOMPARE(initviz::formatPredictions({1, 0, 0, 1}), std::string("1001"));
    }

    // The notebook's own names: its conclusion table and its plot titles.
    void namesRunsAsTheNotebook()
    {
        using initviz::InitScheme;
        const std::vector<int> notebookLayers{2, 10, 5, 1};
        QCOMPARE(initviz::weightLayerCount(notebookLayers), 3);
        QCOMPARE(initviz::modelName(InitScheme::He, notebookLayers),
                 std::string("3-layer NN with He initialization"));
        QCOMPARE(initviz::modelName(InitScheme::Random, {2, 4, 1}),
                 std::string("2-layer NN with large random initialization"));
        QCOMPARE(initviz::modelPlotTitle(InitScheme::Zeros),
                 std::string("Model with Zeros initialization"));
        QCOMPARE(initviz::modelPlotTitle(InitScheme::Random),
                 std::string("Model with large random initialization"));
        QCOMPARE(initviz::runPlotTitle(InitScheme::He, std::nullopt),
                 std::string("Model with He initialization"));
        QCOMPARE(initviz::runPlotTitle(InitScheme::He, 4U), std::string("He, seed 4"));
        QCOMPARE(initviz::schemeName(InitScheme::Zeros), std::string("Zeros"));
    }
};

QTEST_APPLESS_MAIN(TestText)
#include "tst_text.moc"
