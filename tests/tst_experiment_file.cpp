// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12: the experiment file (.initviz) without a window. Save -> open gives the same settings
// and data bit for bit (generated and your own data); every bad file is refused with its message;
// saving is atomic and reports a read-only folder or a full disk.
#include "ui/experiment_file.h"

#include "core/dataset_csv.h"
#include "exact.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cmath>
#include <limits>
#include <memory>

using initviz::Activation;
using initviz::Dataset;
using initviz::DatasetKind;
using initviz::DatasetPair;
using initviz::InitScheme;
using initviz::test::bitsMismatch;
using initviz::test::sameBits;
using initviz::ui::ExperimentSettings;
using initviz::ui::readExperimentFile;
using initviz::ui::writeExperimentFile;

namespace {
constexpr uid_t kNobody = 65534;
constexpr gid_t kNogroup = 65534;
constexpr qint64 kHugeFileBytes = 1024LL * 1024 * 1024;
// A FIFO or a 1 GiB file is judged without reading it, in well under this.
constexpr qint64 kNoHangMs = 1000;

/// Acts as `uid` until destroyed (as tst_safe_files does): root reads and writes anywhere.
class AsUser {
public:
    explicit AsUser(uid_t uid)
        : active_(::geteuid() == 0)
    {
        if (active_)
            active_ = ::setresgid(kNogroup, kNogroup, 0) == 0 && ::setresuid(uid, uid, 0) == 0;
    }
    ~AsUser()
    {
        if (active_ && (::setresuid(0, 0, 0) != 0 || ::setresgid(0, 0, 0) != 0))
            qFatal("could not switch back to root");
    }
    AsUser(const AsUser&) = delete;
    AsUser& operator=(const AsUser&) = delete;

private:
    bool active_;
};

/// An experiment far from the notebook's, its reals chosen to need all their digits.
ExperimentSettings unusualExperiment()
{
    ExperimentSettings experiment;
    experiment.schemes = {InitScheme::Random, InitScheme::He};
    experiment.activations = {Activation::Relu, Activation::Tanh};
    experiment.training.learningRate = 0.0123456789;
    experiment.training.iterations = 2'147'483'647;
    experiment.training.seed = 4'294'967'294U;
    experiment.seedCount = 2;
    experiment.training.layerDims = {2, 7, 3, 1};
    experiment.training.costEvery = 65'536;
    experiment.training.stableLoss = true;
    experiment.data.kind = DatasetKind::Moons;
    experiment.data.trainSamples = 123;
    experiment.data.testSamples = 45;
    experiment.data.noise = 0.1234567891;
    experiment.data.factor = 0.9999999999;
    experiment.data.spread = 1e-10;
    experiment.data.trainSeed = 0;
    experiment.data.testSeed = 4'294'967'295U;
    return experiment;
}

Dataset points(std::initializer_list<std::array<double, 3>> rows)
{
    Dataset set;
    set.X.resize(2, static_cast<Eigen::Index>(rows.size()));
    set.Y.resize(static_cast<Eigen::Index>(rows.size()));
    Eigen::Index k = 0;
    for (const auto& row : rows) {
        set.X(0, k) = row[0];
        set.X(1, k) = row[1];
        set.Y(k) = row[2];
        ++k;
    }
    return set;
}

void compareBits(const Dataset& got, const Dataset& want)
{
    QCOMPARE(got.X.rows(), 2);
    QCOMPARE(got.size(), want.size());
    QCOMPARE(got.Y.size(), want.Y.size());
    for (Eigen::Index k = 0; k < want.size(); ++k) {
        for (Eigen::Index row = 0; row < 2; ++row)
            QVERIFY2(sameBits(got.X(row, k), want.X(row, k)),
                     qPrintable(bitsMismatch(got.X(row, k), want.X(row, k))));
        QVERIFY2(sameBits(got.Y(k), want.Y(k)), qPrintable(bitsMismatch(got.Y(k), want.Y(k))));
    }
}

/// Every setting, the reals by their bits.
void compareExperiments(const ExperimentSettings& got, const ExperimentSettings& want)
{
    QVERIFY(got.schemes == want.schemes);
    QVERIFY(got.activations == want.activations);
    QVERIFY2(sameBits(got.training.learningRate, want.training.learningRate),
             qPrintable(bitsMismatch(got.training.learningRate, want.training.learningRate)));
    QCOMPARE(got.training.iterations, want.training.iterations);
    QCOMPARE(got.training.seed, want.training.seed);
    QCOMPARE(got.seedCount, want.seedCount);
    QVERIFY(got.training.layerDims == want.training.layerDims);
    QCOMPARE(got.training.costEvery, want.training.costEvery);
    QCOMPARE(got.training.stableLoss, want.training.stableLoss);
    QCOMPARE(got.data.kind, want.data.kind);
    QCOMPARE(got.data.trainSamples, want.data.trainSamples);
    QCOMPARE(got.data.testSamples, want.data.testSamples);
    for (const auto& [a, b] :
         {std::pair{got.data.noise, want.data.noise}, std::pair{got.data.factor, want.data.factor},
          std::pair{got.data.spread, want.data.spread}})
        QVERIFY2(sameBits(a, b), qPrintable(bitsMismatch(a, b)));
    QCOMPARE(got.data.trainSeed, want.data.trainSeed);
    QCOMPARE(got.data.testSeed, want.data.testSeed);
    QCOMPARE(got.ownData != nullptr, want.ownData != nullptr);
    if (want.ownData) {
        compareBits(got.ownData->train, want.ownData->train);
        compareBits(got.ownData->test, want.ownData->test);
    }
    QVERIFY(got == want);
}

/// A valid file's text with `from` replaced by `to` (each must occur).
QByteArray edited(const QByteArray& from, const QByteArray& to)
{
    QByteArray json = initviz::ui::experimentJson(ExperimentSettings::notebook());
    if (!json.contains(from))
        qFatal("no %s in the notebook's file", from.constData());
    return json.replace(from, to);
}
} // namespace

class TestExperimentFile : public QObject {
    Q_OBJECT
private slots:
    // Mutation seen: writing the learning rate through a float made it 0.012345679104328156,
    // 117787162 ulp from 0.0123456789 (both round trips failed).
    void roundTripGenerated()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("generated.initviz"));
        const ExperimentSettings saved = unusualExperiment();
        QString error;
        QVERIFY2(writeExperimentFile(path, saved, &error), qPrintable(error));
        const std::optional<ExperimentSettings> read = readExperimentFile(path, &error);
        QVERIFY2(read, qPrintable(error));
        compareExperiments(*read, saved);
        // The notebook's own settings too.
        QVERIFY(writeExperimentFile(path, ExperimentSettings::notebook(), &error));
        const std::optional<ExperimentSettings> notebook = readExperimentFile(path, &error);
        QVERIFY2(notebook, qPrintable(error));
        compareExperiments(*notebook, ExperimentSettings::notebook());
    }

    void roundTripOwnData()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("own.initviz"));
        ExperimentSettings saved = unusualExperiment();
        auto own = std::make_shared<DatasetPair>();
        // Reals that need 17 digits, the smallest subnormal, huge and tiny magnitudes.
        own->train = points({{0.1 + 0.2, 1.0 / 3.0, 0.0},
                             {std::numeric_limits<double>::denorm_min(), -1e-300, 1.0},
                             {1e300, -2.5, 1.0},
                             {-0.7071067811865476, 123456789.12345679, 0.0}});
        own->test = points({{std::nextafter(1.0, 2.0), -std::nextafter(0.5, 0.0), 1.0}});
        saved.ownData = own;
        QString error;
        QVERIFY2(writeExperimentFile(path, saved, &error), qPrintable(error));
        const std::optional<ExperimentSettings> read = readExperimentFile(path, &error);
        QVERIFY2(read, qPrintable(error));
        compareExperiments(*read, saved);

        // No test set: 2 x 0 points.
        own->test = points({});
        QVERIFY2(writeExperimentFile(path, saved, &error), qPrintable(error));
        const std::optional<ExperimentSettings> noTest = readExperimentFile(path, &error);
        QVERIFY2(noTest, qPrintable(error));
        compareExperiments(*noTest, saved);
    }

    // The one value that does not come back bit for bit, as README says: Qt's JSON writes -0 as 0.
    void negativeZeroReadsAsZero()
    {
        ExperimentSettings saved = ExperimentSettings::notebook();
        auto own = std::make_shared<DatasetPair>();
        own->train = points({{-0.0, 1.0, 0.0}, {1.0, 1.0, 1.0}});
        own->test = points({});
        saved.ownData = own;
        QString error;
        const std::optional<ExperimentSettings> read
            = initviz::ui::parseExperiment(initviz::ui::experimentJson(saved), &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(sameBits(read->ownData->train.X(0, 0), 0.0));
    }

    // Each bad file is refused whole, with its message (English, as written here).
    // Mutations seen: the version check `> kExperimentFileVersion + 1` let "future version"
    // through; without experiment.validate() "no initialization", "48 runs" and "one class of
    // points" were read; without the fitsRealField check "11 decimals" was read.
    void badTextIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "it is not JSON (illegal value at byte 0)";
        QTest::newRow("not JSON") << QByteArray("initviz, version 1\n")
                                  << "it is not JSON (illegal value at byte 1)";
        QTest::newRow("cut short") << edited("\"version\": 1", "\"version\": 1").left(40)
                                   << "it is not JSON (unterminated array at byte 40)";
        QTest::newRow("a list") << QByteArray("[1, 2]")
                                << "it is not an InitViz experiment: it is JSON, but not an "
                                   "object ({...})";
        QTest::newRow("wrong format")
            << edited("\"initviz-experiment\"", "\"initviz-settings\"")
            << "it is not an InitViz experiment: its \u201cformat\u201d is not "
               "\u201cinitviz-experiment\u201d";
        QTest::newRow("future version")
            << edited("\"version\": 1", "\"version\": 2")
            << "it is version 2, made by a newer InitViz; this one reads version 1";
        QTest::newRow("version 0") << edited("\"version\": 1", "\"version\": 0")
                                   << "its \u201cversion\u201d must be a whole number from 1";
        QTest::newRow("version as text") << edited("\"version\": 1", "\"version\": \"1\"")
                                         << "its \u201cversion\u201d must be a whole number from 1";
        QTest::newRow("missing field") << edited("\"learningRate\": 0.01,", "")
                                       << "the field \u201ctraining.learningRate\u201d is missing";
        QTest::newRow("unknown field")
            << edited("\"stableLoss\": false", "\"stableLoss\": false, \"speed\": \"max\"")
            << "the field \u201ctraining.speed\u201d is not one InitViz knows";
        // Mutation seen: without quoted() the message held the whole 100-character key.
        QTest::newRow("a long key on two lines")
            << edited("\"stableLoss\": false",
                      "\"stableLoss\": false, \"" + QByteArray(50, 'k') + "\\n"
                          + QByteArray(50, 'k') + "\": 1")
            << "the field \u201ctraining." + QString(39, QLatin1Char('k'))
                + "\u2026\u201d is not one InitViz knows";
        QTest::newRow("iterations as text")
            << edited("\"iterations\": 15000", "\"iterations\": \"15000\"")
            << "\u201ctraining.iterations\u201d must be a number";
        QTest::newRow("stable loss as a number")
            << edited("\"stableLoss\": false", "\"stableLoss\": 0")
            << "\u201ctraining.stableLoss\u201d must be true or false";
        QTest::newRow("layers as a list")
            << edited("\"layers\": \"2,10,5,1\"", "\"layers\": [2, 10, 5, 1]")
            << "\u201ctraining.layers\u201d must be text";
        QTest::newRow("training as a number")
            << edited("\"training\": {", "\"training\": 3, \"x\": {")
            << "the field \u201cx\u201d is not one InitViz knows";
        QTest::newRow("learning rate 0")
            << edited("\"learningRate\": 0.01", "\"learningRate\": 0")
            << "\u201ctraining.learningRate\u201d must be a number from 1e-10 to 1e+300, not 0";
        QTest::newRow("11 decimals")
            << edited("\"learningRate\": 0.01", "\"learningRate\": 0.01234567891")
            << "\u201ctraining.learningRate\u201d is 0.01234567891, with more than 10 decimals: "
               "the window keeps 10";
        QTest::newRow("iterations 1.5")
            << edited("\"iterations\": 15000", "\"iterations\": 1.5")
            << "\u201ctraining.iterations\u201d must be a whole number from 1 to 2147483647, not "
               "1.5";
        QTest::newRow("seed past numpy's")
            << edited("\"seed\": 3", "\"seed\": 4294967296")
            << "\u201ctraining.seed\u201d must be a whole number from 0 to 4294967295, not "
               "4294967296";
        QTest::newRow("number too large for a double")
            << edited("\"noise\": 0.05", "\"noise\": 1e400")
            << "it is not JSON (illegal number at byte 131)";
        QTest::newRow("bad layers")
            << edited("\"layers\": \"2,10,5,1\"", "\"layers\": \"2,0,1\"")
            << "\u201ctraining.layers\u201d: layer 2 has width 0; every layer needs at least 1 "
               "unit";
        QTest::newRow("unknown initialization")
            << edited("\"zeros\"", "\"magic\"")
            << "\u201cinitializations\u201d: there is no initialization \u201cmagic\u201d";
        QTest::newRow("initialization twice")
            << edited("\"zeros\"", "\"he\"")
            << "\u201cinitializations\u201d lists \u201che\u201d twice";
        QTest::newRow("no initialization")
            << edited("\"zeros\",", "").replace("\"random\",", "").replace("\"he\"", "")
            << "select at least one initialization to compare";
        QTest::newRow("unknown activation")
            << edited("\"relu\"", "\"gelu\"")
            << "\u201cactivations\u201d: there is no activation \u201cgelu\u201d";
        QTest::newRow("unknown data set")
            << edited("\"circles\"", "\"mnist\"")
            << "\u201cdata.kind\u201d: there is no data set \u201cmnist\u201d; there are "
               "circles, moons, blobs, xor, spiral";
        QTest::newRow("48 runs")
            << edited("\"seedCount\": 1", "\"seedCount\": 16")
            << "3 initializations with 16 seeds each make 48 runs; the window trains at most "
               "16 side by side";
        QTest::newRow("one class of points")
            << edited("\"testSeed\": 2",
                      "\"testSeed\": 2, \"points\": {\"train\": [[0, 0, 0], "
                      "[1, 1, 0]], \"test\": []}")
            << "the train set has no points of label 1 (blue); both classes, 0 and 1, are "
               "needed";
        QTest::newRow("label 2")
            << edited("\"testSeed\": 2",
                      "\"testSeed\": 2, \"points\": {\"train\": [[0, 0, 0], "
                      "[1, 1, 2]], \"test\": []}")
            << "\u201cdata.points.train\u201d: point 2 has the label 2; the labels are 0 and 1";
        QTest::newRow("point of two numbers")
            << edited("\"testSeed\": 2",
                      "\"testSeed\": 2, \"points\": {\"train\": [[0, 0, 0], "
                      "[1, 1]], \"test\": []}")
            << "\u201cdata.points.train\u201d: point 2 must be [x1, x2, label], three numbers";
        QTest::newRow("points without a test set")
            << edited("\"testSeed\": 2",
                      "\"testSeed\": 2, \"points\": {\"train\": [[0, 0, 0], [1, 1, 1]]}")
            << "the field \u201cdata.points.test\u201d is missing";
    }

    void badTextIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        const std::optional<ExperimentSettings> read = initviz::ui::parseExperiment(json, &error);
        QVERIFY(!read);
        QCOMPARE(error, message);
    }

    // Files that are no experiment files at all: judged before they are opened or read.
    // Mutation seen: with S_ISFIFO in place of !S_ISREG the folder row got "it cannot be read
    // (file to open is a directory)" from QFile instead (a FIFO would then block in open()).
    void badFileIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << "missing"
                                 << "there is no such file, or it cannot be reached";
        QTest::newRow("folder") << "folder"
                                << "it is not a regular file";
        QTest::newRow("FIFO") << "fifo"
                              << "it is not a regular file";
        QTest::newRow("1 GiB") << "huge"
                               << "it is larger than 64 MiB, more than an experiment file can be";
        QTest::newRow("unreadable") << "unreadable"
                                    << "it cannot be read (Permission denied)";
    }

    void badFileIsRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir folder;
        ::chmod(QFile::encodeName(folder.path()).constData(), 0755);
        const QString path = folder.filePath(QStringLiteral("bad.initviz"));
        const QByteArray encoded = QFile::encodeName(path);
        if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkdir(path));
        } else if (kind == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(encoded.constData(), 0644), 0);
        } else if (kind == QLatin1String("huge")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(kHugeFileBytes)); // sparse: no GiB written
        } else if (kind == QLatin1String("unreadable")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(initviz::ui::experimentJson(ExperimentSettings::notebook()));
            file.close();
            QCOMPARE(::chmod(encoded.constData(), 0), 0);
        }
        QElapsedTimer clock;
        clock.start();
        QString error;
        std::optional<ExperimentSettings> read;
        {
            const AsUser nobody(kNobody); // root would read the unreadable file
            read = readExperimentFile(path, &error);
        }
        QVERIFY(clock.elapsed() < kNoHangMs);
        QVERIFY(!read);
        QCOMPARE(error, QDir::toNativeSeparators(path) + QStringLiteral(": ") + message);
    }

    // Saving goes through writeFileAtomically: a failure says why and leaves the old file.
    // Mutation seen: writing with a plain QFile (open, write, no check) "succeeded" on the full
    // disk.
    void saveFailuresLeaveTheOldFile()
    {
        QTemporaryDir folder;
        ::chmod(QFile::encodeName(folder.path()).constData(), 0755);
        const ExperimentSettings experiment = unusualExperiment();
        QString error;
        // Full disk: the link to /dev/full is written in place, and fails.
        const QString full = folder.filePath(QStringLiteral("full.initviz"));
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), full));
        QVERIFY(!writeExperimentFile(full, experiment, &error));
        QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
        // The name must say what the file is.
        QVERIFY(
            !writeExperimentFile(folder.filePath(QStringLiteral("x.json")), experiment, &error));
        QVERIFY2(error.contains(QStringLiteral("must end in .initviz")), qPrintable(error));
        // An experiment the core refuses is not written.
        ExperimentSettings none = experiment;
        none.schemes.clear();
        const QString kept = folder.filePath(QStringLiteral("kept.initviz"));
        QVERIFY(writeExperimentFile(kept, experiment, &error));
        const QByteArray before = initviz::ui::experimentJson(experiment);
        QVERIFY(!writeExperimentFile(kept, none, &error));
        QVERIFY2(error.endsWith(QStringLiteral("select at least one initialization to compare")),
                 qPrintable(error));
        // A read-only folder.
        const QString readOnly = folder.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkdir(readOnly));
        ::chmod(QFile::encodeName(readOnly).constData(), 0555);
        bool written = false;
        {
            const AsUser nobody(kNobody);
            written
                = writeExperimentFile(readOnly + QStringLiteral("/x.initviz"), experiment, &error);
        }
        ::chmod(QFile::encodeName(readOnly).constData(), 0755);
        if (::geteuid() == 0 || ::access(QFile::encodeName(readOnly).constData(), W_OK) != 0) {
            QVERIFY(!written);
            QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
        }
        QFile file(kept);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestExperimentFile)
#include "tst_experiment_file.moc"
