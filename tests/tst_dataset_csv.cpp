// SPDX-License-Identifier: GPL-3.0-or-later
// Your own points as CSV (issue 10): what is read, what is refused whole (with the line and the
// reason), and a save -> read round trip equal to the bit.
#include "core/dataset_csv.h"
#include "core/experiment.h"
#include "exact.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <string>

namespace {
std::string rows(int count, const std::string& row)
{
    std::string text;
    for (int i = 0; i < count; ++i)
        text += row;
    return text;
}

void writeFile(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream file(path, std::ios::binary);
    file << text;
}
} // namespace

class TestDatasetCsv : public QObject {
    Q_OBJECT

private slots:
    void readsGoodFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("points");
        QTest::addColumn<double>("lastX2");
        QTest::newRow("header, commas")
            << QByteArray("x1,x2,label\n0.5,-1,0\n2,3e-2,1\n") << 2 << 0.03;
        QTest::newRow("no header, semicolons, CRLF")
            << QByteArray("0.5;-1;0\r\n2;3e-2;1\r\n") << 2 << 0.03;
        QTest::newRow("spaces, blank lines, BOM, no final newline")
            << QByteArray("\xEF\xBB\xBF a , b , c \n\n 1 , +2 , 1.0 \n\n-1,-2,0") << 2 << -2.0;
        QTest::newRow("any header words") << QByteArray("x;y;class\n1;2;0\n3;4;1\n") << 2 << 4.0;
    }

    void readsGoodFiles()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, points);
        QFETCH(double, lastX2);
        const initviz::Dataset data = initviz::parseDataCsv(text.toStdString());
        QCOMPARE(data.size(), Eigen::Index(points));
        QCOMPARE_BITS(data.X(1, points - 1), lastX2);
        QCOMPARE_BITS(data.Y(0) + data.Y(points - 1), 1.0);
    }

    // Every bad file is refused whole, with its line and its reason.
    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing column") << QByteArray("1,2,0\n3,4\n") << 2 << "missing columns";
        QTest::newRow("extra column") << QByteArray("1,2,0\n3,4,1,5\n") << 2 << "extra columns";
        QTest::newRow("header with 2 columns") << QByteArray("x,y\n1,2,0\n") << 1 << "header";
        QTest::newRow("not a number")
            << QByteArray("1,2,0\n3,four,1\n") << 2 << "x2 \"four\" is not a number";
        QTest::newRow("decimal comma")
            << QByteArray("1;2;0\n3,5;4;1\n") << 2 << "x1 \"3,5\" is not a number";
        QTest::newRow("trailing junk") << QByteArray("1,2,0\n3,4x,1\n") << 2 << "not a number";
        QTest::newRow("hex") << QByteArray("1,2,0\n0x10,4,1\n") << 2 << "not a number";
        QTest::newRow("empty field") << QByteArray("1,2,0\n,4,1\n") << 2 << "not a number";
        QTest::newRow("NaN") << QByteArray("1,2,0\nnan,4,1\n") << 2 << "not a finite number";
        QTest::newRow("inf") << QByteArray("1,2,0\n3,-inf,1\n") << 2 << "not a finite number";
        QTest::newRow("overflow") << QByteArray("1,2,0\n1e999,4,1\n") << 2 << "out of range";
        QTest::newRow("label 2") << QByteArray("1,2,0\n3,4,2\n") << 2 << "must be 0 or 1";
        QTest::newRow("label 0.5") << QByteArray("1,2,0\n3,4,0.5\n") << 2 << "must be 0 or 1";
        QTest::newRow("one class only") << QByteArray("1,2,0\n3,4,0\n") << 2 << "both classes";
        QTest::newRow("empty") << QByteArray() << 0 << "no data rows";
        QTest::newRow("header only") << QByteArray("x1,x2,label\n") << 0 << "no data rows";
        QTest::newRow("blank lines only") << QByteArray("\n  \n\r\n") << 0 << "no data rows";
        QTest::newRow("binary") << QByteArray("1,2,0\n\x89PNG\0\x01", 12) << 2 << "binary data";
        // Found by fuzz_data_csv: the message quoted the carriage return (two lines).
        QTest::newRow("carriage return inside a line")
            << QByteArray("x1,x2,label\n0.5,7\r,0\n") << 2 << "x2 \"7\\r\" is not a number";
        QTest::newRow("mixed separators") << QByteArray("1;2;0\n3,4,1\n") << 2 << "missing columns";
        QTest::newRow("too many rows")
            << QByteArray::fromStdString("x1,x2,label\n0,0,1\n" + rows(100'000, "1,1,0\n"))
            << 100'002 << "more than 100,000 rows";
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, reason);
        try {
            const initviz::Dataset data = initviz::parseDataCsv(text.toStdString());
            QFAIL(qPrintable(QStringLiteral("read %1 points").arg(data.size())));
        } catch (const initviz::DataFileError& error) {
            QCOMPARE(error.line(), line);
            const QString message = QString::fromStdString(error.what());
            QVERIFY2(message.contains(reason), qPrintable(message));
            QVERIFY2(!message.contains(QLatin1Char('\r')) && !message.contains(QLatin1Char('\n')),
                     qPrintable(message));
            if (line > 0)
                QVERIFY2(message.startsWith(QStringLiteral("line %1: ").arg(line)),
                         qPrintable(message));
        }
    }

    // Found by fuzz_data_csv: a label "-0" was kept as -0.0 and did not write back to its bits.
    void labelMinusZeroIsLabelZero()
    {
        const initviz::Dataset data = initviz::parseDataCsv("1,2,1\n-1,-2,-0\n");
        QCOMPARE_BITS(data.Y(1), 0.0);
    }

    void exactlyHundredThousandRowsAreRead()
    {
        const initviz::Dataset data
            = initviz::parseDataCsv("0,0,1\n" + rows(initviz::kMaxDataRows - 1, "1,1,0\n"));
        QCOMPARE(data.size(), Eigen::Index(initviz::kMaxDataRows));
    }

    void refusesBadPaths()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path root = dir.path().toStdString();
        const auto refused = [](const std::filesystem::path& path, const QString& reason) {
            try {
                (void)initviz::readDataCsv(path);
                return QStringLiteral("read");
            } catch (const initviz::DataFileError& error) {
                const QString message = QString::fromStdString(error.what());
                return message.contains(reason) ? QString() : message;
            }
        };
        QCOMPARE(refused(root, QStringLiteral("is a directory")), QString());
        QCOMPARE(refused(root / "missing.csv", QStringLiteral("missing.csv: cannot read")),
                 QString());
        writeFile(root / "big.csv", std::string(initviz::kMaxDataFileBytes + 1, ' '));
        QCOMPARE(refused(root / "big.csv", QStringLiteral("big.csv: larger than 32 MB")),
                 QString());
        writeFile(root / "bad.csv", "1,2,0\n3,4,7\n");
        QCOMPARE(refused(root / "bad.csv", QStringLiteral("bad.csv: line 2: label \"7\"")),
                 QString());
    }

    // save -> read gives back every bit: subnormals, -0, the extremes and random bit patterns.
    void roundTripIsExact()
    {
        std::vector<double> values{0.0,
                                   -0.0,
                                   0.1,
                                   -1.0 / 3.0,
                                   std::numeric_limits<double>::max(),
                                   std::numeric_limits<double>::lowest(),
                                   std::numeric_limits<double>::min(),
                                   std::numeric_limits<double>::denorm_min(),
                                   -std::numeric_limits<double>::denorm_min(),
                                   std::nextafter(1.0, 2.0)};
        std::mt19937_64 bitsSource(10);
        while (values.size() < 2000) {
            const double value = initviz::test::fromBits(bitsSource());
            if (std::isfinite(value))
                values.push_back(value);
        }
        initviz::Dataset data;
        const auto m = Eigen::Index(values.size() / 2);
        data.X.resize(2, m);
        data.Y.resize(m);
        for (Eigen::Index k = 0; k < m; ++k) {
            data.X(0, k) = values[std::size_t(2 * k)];
            data.X(1, k) = values[std::size_t(2 * k + 1)];
            data.Y(k) = double(k % 2);
        }
        QTemporaryDir dir;
        const std::filesystem::path path = dir.path().toStdString() + "/points.csv";
        writeFile(path, initviz::writeDataCsv(data));
        const initviz::Dataset back = initviz::readDataCsv(path);
        QCOMPARE(back.size(), m);
        for (Eigen::Index k = 0; k < m; ++k) {
            QCOMPARE_BITS(back.X(0, k), data.X(0, k));
            QCOMPARE_BITS(back.X(1, k), data.X(1, k));
            QCOMPARE_BITS(back.Y(k), data.Y(k));
        }
    }

    // Issue 10: the experiment carries your own points; Start holds them to a data file's rules
    // (points clicked in included), and they make two experiments differ.
    void experimentTrainsOnOwnPoints()
    {
        initviz::Experiment experiment;
        auto own = std::make_shared<initviz::DatasetPair>();
        own->train = initviz::parseDataCsv("0.5,0.5,0\n-0.5,-0.5,1\n");
        own->test.X.resize(2, 0);
        experiment.ownData = own;
        experiment.validate();
        QCOMPARE(experiment.makeData(), experiment.ownData);
        initviz::Experiment same = experiment;
        auto copy = std::make_shared<initviz::DatasetPair>(*own);
        same.ownData = copy;
        QVERIFY(same == experiment);
        copy->train.X(0, 1) = std::nextafter(-0.5, 0.0);
        QVERIFY(!(same == experiment));
        QVERIFY(!(initviz::Experiment() == experiment));
        initviz::Experiment moons;
        moons.data.kind = initviz::DatasetKind::Moons;
        QVERIFY(!(moons == initviz::Experiment()));
        initviz::Experiment spread;
        spread.data.spread = 0.75;
        QVERIFY(!(spread == initviz::Experiment()));

        const auto refused = [&](int red, int blue, const char* message) {
            auto points = std::make_shared<initviz::DatasetPair>();
            points->train.X = initviz::Matrix::Zero(2, red + blue);
            points->train.Y = initviz::RowVector::Zero(red + blue);
            points->train.Y.tail(blue).setOnes();
            experiment.ownData = points;
            try {
                experiment.validate();
            } catch (const std::invalid_argument& error) {
                return std::string(error.what()).find(message) != std::string::npos;
            }
            return false;
        };
        QVERIFY(refused(0, 0, "there are no train points"));
        QVERIFY(refused(1, 0, "no points of label 1 (blue)"));
        QVERIFY(refused(0, 3, "no points of label 0 (red)"));
        QVERIFY(!refused(1, 1, "points"));
    }
};

QTEST_GUILESS_MAIN(TestDatasetCsv)
#include "tst_dataset_csv.moc"
