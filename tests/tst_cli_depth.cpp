// SPDX-License-Identifier: GPL-3.0-or-later
// `initviz depth` (issue 11, item 4), run as a user runs it: its JSON against the numpy reference's
// golden file, its table's shape, and its usage errors (exit 2, one line).
#include "slowdown.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {
constexpr int kTimeoutMs = 60'000 * initviz::test::kSlowdown;
constexpr int kExitUsage = 2;
// As tst_depth: 1e-12 relative; 1e-10 for saturated tanh and sigmoid (large random); the output
// layer's std also within 1e-14 absolute.
constexpr double kRelativeTolerance = 1e-12;
constexpr double kSaturatedTolerance = 1e-10;
constexpr double kOutputAbsoluteTolerance = 1e-14;

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome runInitviz(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(INITVIZ_EXE), arguments);
    Outcome outcome;
    if (!process.waitForFinished(kTimeoutMs) || process.exitStatus() != QProcess::NormalExit)
        return outcome;
    outcome.exitCode = process.exitCode();
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

double number(const QJsonValue& value)
{
    if (value.isString())
        return value.toString() == QLatin1String("nan")
            ? std::nan("")
            : (value.toString().startsWith('-') ? -HUGE_VAL : HUGE_VAL);
    return value.toDouble();
}
} // namespace

class TestCliDepth : public QObject {
    Q_OBJECT

private slots:
    void jsonMatchesNumpy()
    {
        QFile file(QStringLiteral(INITVIZ_TESTS_DIR "/reference/golden/depth_w3_d4.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "golden file missing");
        const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
        const Outcome outcome = runInitviz(
            {QStringLiteral("depth"), QStringLiteral("--width"), QStringLiteral("3"),
             QStringLiteral("--max-depth"), QStringLiteral("4"), QStringLiteral("--seed"),
             QStringLiteral("1"), QStringLiteral("--inits"),
             QStringLiteral("zeros,random,he,lecun,xavier,he-uniform,xavier-uniform,small"),
             QStringLiteral("--activations"), QStringLiteral("relu,tanh"),
             QStringLiteral("--json")});
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
        const QJsonObject actual = QJsonDocument::fromJson(outcome.out.toUtf8()).object();
        for (const char* key : {"width", "depth", "seed"})
            QCOMPARE(actual.value(QLatin1String(key)), expected.value(QLatin1String(key)));
        QCOMPARE(actual.value(QLatin1String("samples")).toInt(), 300);
        const QJsonArray want = expected.value(QLatin1String("curves")).toArray();
        const QJsonArray got = actual.value(QLatin1String("curves")).toArray();
        QCOMPARE(got.size(), want.size());
        for (qsizetype c = 0; c < want.size(); ++c) {
            const QJsonObject w = want.at(c).toObject();
            const QJsonObject g = got.at(c).toObject();
            QCOMPARE(g.value(QLatin1String("init")), w.value(QLatin1String("init")));
            QCOMPARE(g.value(QLatin1String("activation")), w.value(QLatin1String("activation")));
            const bool saturates = w.value(QLatin1String("init")).toString() == "random"
                && w.value(QLatin1String("activation")).toString() != "relu";
            const double tolerance = saturates ? kSaturatedTolerance : kRelativeTolerance;
            for (const char* key : {"forward_std", "backward_std"}) {
                const QJsonArray a = g.value(QLatin1String(key)).toArray();
                const QJsonArray b = w.value(QLatin1String(key)).toArray();
                QCOMPARE(a.size(), b.size());
                for (qsizetype l = 0; l < b.size(); ++l) {
                    const double x = number(a.at(l));
                    const double y = number(b.at(l));
                    const bool output = l + 1 == b.size();
                    const bool close
                        = std::abs(x - y) <= tolerance * std::max(std::abs(x), std::abs(y))
                        || (output && std::abs(x - y) <= kOutputAbsoluteTolerance);
                    QVERIFY2(close,
                             qPrintable(QStringLiteral("curve %1 %2 layer %3: %4 vs %5")
                                            .arg(c)
                                            .arg(QLatin1String(key))
                                            .arg(l + 1)
                                            .arg(x, 0, 'g', 17)
                                            .arg(y, 0, 'g', 17)));
                }
            }
        }
    }

    void textIsATable()
    {
        const Outcome outcome = runInitviz({QStringLiteral("depth"), QStringLiteral("--inits"),
                                            QStringLiteral("he,xavier"),
                                            QStringLiteral("--max-depth"), QStringLiteral("7")});
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
        QStringList lines = outcome.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.front().startsWith(
            QStringLiteral("Depth experiment: layers 2,20,20,20,20,20,20,20,1 (7 hidden layers of "
                           "width 20), weight seed 3, 300 train points")));
        QCOMPARE(lines.size(), 2 + 1 + 8); // two header lines, column titles, layers 1..8
        QCOMPARE(lines.at(2).simplified(),
                 QStringLiteral("layer he fwd he bwd xavier fwd xavier bwd"));
        QCOMPARE(lines.back().simplified().split(QLatin1Char(' ')).size(), 5);
        QVERIFY(lines.back().trimmed().startsWith(QStringLiteral("8 ")));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const auto depth = [](std::initializer_list<const char*> rest) {
            QStringList list{QStringLiteral("depth")};
            for (const char* word : rest)
                list << QString::fromUtf8(word);
            return list;
        };
        QTest::newRow("width 0") << depth({"--width", "0"}) << "--width must be at least 1";
        QTest::newRow("width 1001") << depth({"--width", "1001"}) << "--width must be at most 1000";
        QTest::newRow("depth 0") << depth({"--max-depth", "0"}) << "--max-depth must be at least 1";
        QTest::newRow("depth 101")
            << depth({"--max-depth", "101"}) << "--max-depth must be at most 100";
        QTest::newRow("width not a number") << depth({"--width", "2x"}) << "needs a whole number";
        QTest::newRow("unknown scheme") << depth({"--inits", "he,foo"}) << "foo";
        QTest::newRow("training option")
            << depth({"--iterations", "5"}) << "--iterations does not apply to 'depth'";
        QTest::newRow("width beside train")
            << QStringList{"train", "--width", "5"} << "--width does not apply to 'train'";
    }

    void rejectsBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Outcome outcome = runInitviz(arguments);
        QCOMPARE(outcome.exitCode, kExitUsage);
        QVERIFY(outcome.out.isEmpty());
        QVERIFY2(outcome.err.startsWith(QStringLiteral("initviz: "))
                     && outcome.err.count(QLatin1Char('\n')) == 1 && outcome.err.contains(message),
                 qPrintable(outcome.err));
    }

    void helpNamesTheCommand()
    {
        const Outcome outcome = runInitviz({QStringLiteral("--help")});
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY(outcome.out.contains(QStringLiteral("  depth      ")));
        QVERIFY(outcome.out.contains(QStringLiteral("--max-depth D")));
        QVERIFY(outcome.out.contains(QStringLiteral("--width W")));
    }
};

QTEST_APPLESS_MAIN(TestCliDepth)
#include "tst_cli_depth.moc"
