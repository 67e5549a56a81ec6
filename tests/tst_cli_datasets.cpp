// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's data sets (issue 10), run as a user runs them: --dataset for every kind of
// the core's table against its golden file, each kind's own parameters only, your own CSV data
// (--data, --test-data), bad files refused with their line and reason, dataset --format csv.
#include "cli_process.h"
#include "core/dataset_kinds.h"
#include "exact.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kExitUsage = 2;

using Outcome = initviz::test::CliOutcome;
using initviz::test::runInitviz;

QJsonObject golden(const QString& name)
{
    QFile file(QStringLiteral(INITVIZ_TESTS_DIR "/reference/golden/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QString kindName(int kind)
{
    const std::string_view name = initviz::datasetKindInfo(initviz::DatasetKind(kind)).name;
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}

/// The printed points (JSON numbers are shortest repr, so they parse to the printed double)
/// against the golden bit patterns: an empty string when every bit matches.
QString mismatch(const QJsonArray& printed, const QJsonArray& bits)
{
    if (printed.size() != bits.size())
        return QStringLiteral("%1 points, numpy has %2").arg(printed.size()).arg(bits.size());
    for (qsizetype i = 0; i < printed.size(); ++i) {
        const QJsonArray got = printed.at(i).toArray();
        const QJsonArray want = bits.at(i).toArray();
        for (qsizetype c = 0; c < 2; ++c) {
            const double wanted
                = initviz::test::fromBits(want.at(c).toString().toULongLong(nullptr, 16));
            if (!initviz::test::sameBits(got.at(c).toDouble(), wanted))
                return QStringLiteral("point %1, x%2: ").arg(i).arg(c + 1)
                    + initviz::test::bitsMismatch(got.at(c).toDouble(), wanted);
        }
        if (got.at(2).toInt(-1) != want.at(2).toInt(-2))
            return QStringLiteral("point %1: label").arg(i);
    }
    return {};
}
} // namespace

#define VERIFY_OUTCOME(condition, outcome)                                                         \
    QVERIFY2(condition,                                                                            \
             qPrintable(QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3")                        \
                            .arg((outcome).exitCode)                                               \
                            .arg(QString::fromUtf8((outcome).out.left(2000)), (outcome).err)))

class TestCliDatasets : public QObject {
    Q_OBJECT

private slots:
    // Each kind's train and test points, at its defaults and at the reference's other setting,
    // are the golden file's with the C library's trig, bit for bit.
    void everyKindPrintsItsGoldenPoints_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("row");
        for (const initviz::DatasetKindInfo& info : initviz::datasetKinds()) {
            QTest::addRow("%s default", info.name.data()) << int(info.kind) << 0;
            QTest::addRow("%s other", info.name.data()) << int(info.kind) << 1;
        }
    }

    void everyKindPrintsItsGoldenPoints()
    {
        QFETCH(int, kind);
        QFETCH(int, row);
        const QString name = kindName(kind);
        const QJsonObject expected = golden(QStringLiteral("dataset_%1.json").arg(name))
                                         .value(QStringLiteral("rows"))
                                         .toArray()
                                         .at(row)
                                         .toObject();
        QVERIFY2(!expected.isEmpty(), "golden file missing");
        QStringList arguments{QStringLiteral("dataset"), QStringLiteral("--json"),
                              QStringLiteral("--dataset"), name};
        if (row > 0) {
            const QJsonObject parameters = expected.value(QStringLiteral("parameters")).toObject();
            for (auto it = parameters.begin(); it != parameters.end(); ++it)
                arguments << QStringLiteral("--") + it.key()
                          << QString::number(it.value().toDouble(), 'g', 17);
        }
        const Outcome outcome = runInitviz(arguments);
        VERIFY_OUTCOME(outcome.exitCode == 0, outcome);
        const QJsonObject printed = QJsonDocument::fromJson(outcome.out).object();
        for (const QString& set : {QStringLiteral("train"), QStringLiteral("test")}) {
            const QString problem
                = mismatch(printed.value(set).toArray(),
                           expected.value(set + QStringLiteral("_bits")).toArray());
            QVERIFY2(problem.isEmpty(), qPrintable(set + QStringLiteral(": ") + problem));
        }
    }

    void refusesOptionsTheDataDoesNotUse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        const auto row = [](const char* name, const QString& arguments, const char* message) {
            QTest::newRow(name) << arguments.split(QLatin1Char(' ')) << QString::fromUtf8(message);
        };
        row("moons --factor", "train --dataset moons --factor 0.5",
            "--factor does not apply to --dataset moons; moons uses --noise");
        row("blobs --noise", "dataset --dataset blobs --noise 0.1",
            "--noise does not apply to --dataset blobs; blobs uses --spread");
        row("circles --spread", "compare --spread 1",
            "--spread does not apply to --dataset circles; circles uses --noise and --factor");
        row("xor --factor", "dataset --dataset xor --factor 0.5", "xor uses --noise");
        row("spiral --spread", "dataset --dataset spiral --spread 0.5", "spiral uses --noise");
        row("unknown kind", "dataset --dataset squares",
            "unknown data set 'squares'; the data sets are circles, moons, blobs, xor, spiral");
        row("blobs spread 0", "dataset --dataset blobs --spread 0", "spread must be");
        row("moons noise -1", "dataset --dataset moons --noise -1", "noise must be");
        row("--data with --dataset", "train --data a.csv --dataset moons",
            "--dataset does not apply to your own data");
        row("--data with --noise", "train --data a.csv --noise 0.1",
            "--noise does not apply to your own data");
        row("--data with --train-samples", "train --data a.csv --train-samples 10",
            "--train-samples does not apply to your own data");
        row("--test-data alone", "train --test-data b.csv", "--test-data needs --data");
        row("--data in the window", "--data a.csv", "--data does not apply to the window");
        row("--spread for the window's circles", "--spread 1", "circles uses --noise and --factor");
        row("--format xml", "dataset --format xml", "--format must be text, json or csv");
        row("--format csv --json", "dataset --format csv --json", "not both");
        row("--set without csv", "dataset --set test", "give --format csv too");
        row("--set other", "dataset --format csv --set all", "--set must be train or test");
        row("--format for train", "train --format csv", "--format does not apply to 'train'");
    }

    void refusesOptionsTheDataDoesNotUse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        const Outcome outcome = runInitviz(arguments);
        VERIFY_OUTCOME(outcome.exitCode == kExitUsage, outcome);
        VERIFY_OUTCOME(outcome.out.isEmpty(), outcome);
        VERIFY_OUTCOME(outcome.err.contains(messagePart), outcome);
        VERIFY_OUTCOME(outcome.err.count(QLatin1Char('\n')) == 1, outcome);
    }

    // A bad file: exit 2, "initviz: FILE: line N: reason", nothing on stdout.
    void refusesBadFilesWithLineAndReason_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("not a number") << QByteArray("x1,x2,label\n1,2,0\n3,x,1\n")
                                      << "bad.csv: line 3: x2 \"x\" is not a number";
        QTest::newRow("missing column")
            << QByteArray("1,2,0\n3,4\n") << "bad.csv: line 2: missing columns";
        QTest::newRow("label 3") << QByteArray("1,2,0\n3,4,3\n")
                                 << "bad.csv: line 2: label \"3\" must be 0 or 1";
        QTest::newRow("one class") << QByteArray("1,2,1\n3,4,1\n") << "both classes";
        QTest::newRow("empty") << QByteArray() << "bad.csv: no data rows";
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01",
                                              6)
                                << "binary data";
    }

    void refusesBadFilesWithLineAndReason()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(writeFile(path, content));
        for (const QStringList& arguments :
             {QStringList{QStringLiteral("train"), QStringLiteral("--data"), path},
              QStringList{QStringLiteral("dataset"), QStringLiteral("--data"),
                          dir.filePath(QStringLiteral("good.csv")), QStringLiteral("--test-data"),
                          path}}) {
            QVERIFY(writeFile(dir.filePath(QStringLiteral("good.csv")), "1,2,0\n3,4,1\n"));
            const Outcome outcome = runInitviz(arguments);
            VERIFY_OUTCOME(outcome.exitCode == kExitUsage, outcome);
            VERIFY_OUTCOME(outcome.out.isEmpty(), outcome);
            VERIFY_OUTCOME(outcome.err.startsWith(QStringLiteral("initviz: ")), outcome);
            VERIFY_OUTCOME(outcome.err.contains(messagePart), outcome);
        }
    }

    void refusesADirectoryAndAMissingFile()
    {
        QTemporaryDir dir;
        const Outcome directory
            = runInitviz({QStringLiteral("train"), QStringLiteral("--data"), dir.path()});
        VERIFY_OUTCOME(directory.exitCode == kExitUsage, directory);
        VERIFY_OUTCOME(directory.err.contains(QStringLiteral("is a directory")), directory);
        const Outcome missing = runInitviz({QStringLiteral("train"), QStringLiteral("--data"),
                                            dir.filePath(QStringLiteral("none.csv"))});
        VERIFY_OUTCOME(missing.exitCode == kExitUsage, missing);
        VERIFY_OUTCOME(missing.err.contains(QStringLiteral("none.csv: cannot read")), missing);
    }

    // dataset --format csv writes points that --data reads back to the bit: training on the
    // saved moons gives the very numbers of training on --dataset moons.
    // Issue 10: the window takes --dataset and its parameters for its Data box (offscreen,
    // scripted: it trains and quits).
    void windowTakesTheDataOptions()
    {
        const Outcome outcome = runInitviz(
            {QStringLiteral("--dataset"), QStringLiteral("blobs"), QStringLiteral("--spread"),
             QStringLiteral("0.7"), QStringLiteral("--iterations"), QStringLiteral("10"),
             QStringLiteral("--speed"), QStringLiteral("max"), QStringLiteral("--start"),
             QStringLiteral("--quit-when-done")});
        QVERIFY(outcome.finished);
        QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    }

    void savedCsvTrainsLikeTheGeneratedData()
    {
        QTemporaryDir dir;
        const QString trainPath = dir.filePath(QStringLiteral("train.csv"));
        const QString testPath = dir.filePath(QStringLiteral("test.csv"));
        const QStringList moons{QStringLiteral("--dataset"), QStringLiteral("moons")};
        const Outcome train
            = runInitviz(QStringList{QStringLiteral("dataset"), QStringLiteral("--format"),
                                     QStringLiteral("csv")}
                         + moons);
        const Outcome test = runInitviz(
            QStringList{QStringLiteral("dataset"), QStringLiteral("--format"),
                        QStringLiteral("csv"), QStringLiteral("--set"), QStringLiteral("test")}
            + moons);
        VERIFY_OUTCOME(train.exitCode == 0, train);
        VERIFY_OUTCOME(test.exitCode == 0, test);
        QVERIFY(train.out.startsWith("x1,x2,label\n"));
        QCOMPARE(train.out.count('\n'), 301);
        QCOMPARE(test.out.count('\n'), 101);
        QVERIFY(writeFile(trainPath, train.out));
        QVERIFY(writeFile(testPath, test.out));

        const QStringList quick{QStringLiteral("train"), QStringLiteral("--iterations"),
                                QStringLiteral("300"), QStringLiteral("--cost-every"),
                                QStringLiteral("100")};
        const Outcome generated = runInitviz(quick + moons);
        const Outcome fromFiles
            = runInitviz(quick
                         + QStringList{QStringLiteral("--data"), trainPath,
                                       QStringLiteral("--test-data"), testPath});
        VERIFY_OUTCOME(generated.exitCode == 0, generated);
        VERIFY_OUTCOME(fromFiles.exitCode == 0, fromFiles);
        QCOMPARE(fromFiles.out, generated.out);

        // Without --test-data there is no test set: "none", and null in JSON.
        const Outcome noTest = runInitviz(quick + QStringList{QStringLiteral("--data"), trainPath});
        VERIFY_OUTCOME(noTest.exitCode == 0, noTest);
        QVERIFY2(noTest.out.endsWith("On the test set:\nAccuracy: none (no test set)\n"),
                 noTest.out.constData());
        const Outcome json = runInitviz(
            quick + QStringList{QStringLiteral("--json"), QStringLiteral("--data"), trainPath});
        VERIFY_OUTCOME(json.exitCode == 0, json);
        QVERIFY(QJsonDocument::fromJson(json.out)
                    .object()
                    .value(QStringLiteral("test_accuracy"))
                    .isNull());
    }
};

QTEST_GUILESS_MAIN(TestCliDatasets)
#include "tst_cli_datasets.moc"
