// SPDX-License-Identifier: GPL-3.0-or-later
// numpy's legacy generator, bit for bit. Expected values printed by numpy 1.24:
//   np.random.seed(0); np.random.random_sample() ...
// and runs of 101 values per seed and kind in tests/reference/golden/random_streams.json (made by
// tests/reference/random_streams.py). Doubles are compared by bit pattern (QCOMPARE_BITS), never
// with QCOMPARE's fuzzy equality: changing the last bit of any output fails these tests (checked
// by adding 1 ulp in nextDouble(), and to the cached normal deviate).
#include "core/numpy_random.h"
#include "exact.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <numeric>
#include <random>
#include <vector>

using initviz::NumpyRandom;

class TestRandom : public QObject {
    Q_OBJECT

private slots:
    void firstOutputsAreMersenneTwisters()
    {
        NumpyRandom rng(0);
        QCOMPARE(rng.nextUint32(), 2357136044u);
        QCOMPARE(rng.nextUint32(), 2546248239u);
        QCOMPARE(rng.nextUint32(), 3071714933u);
    }

    void doublesMatchRandomSample_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<QList<double>>("expected");
        QTest::newRow("seed 0") << 0u
                                << QList<double>{0.5488135039273248, 0.7151893663724195,
                                                 0.6027633760716439};
        QTest::newRow("largest seed numpy accepts")
            << 4294967295u << QList<double>{0.0976320289940138};
    }

    void doublesMatchRandomSample()
    {
        QFETCH(quint32, seed);
        QFETCH(QList<double>, expected);
        NumpyRandom rng(seed);
        for (const double value : expected)
            QCOMPARE_BITS(rng.nextDouble(), value); // same integer arithmetic as numpy
    }

    void normalsMatchRandnWithItsCache()
    {
        NumpyRandom rng(0);
        QCOMPARE_BITS(rng.standardNormal(), 1.764052345967664);
        QCOMPARE_BITS(rng.standardNormal(), 0.4001572083672233); // the cached deviate
        QCOMPARE_BITS(rng.standardNormal(), 0.9787379841057392);
    }

    // NumpyRandom runs MT19937 itself, 624 words at a time: its words must be the standard
    // library's, an independent implementation, across many refills and for extreme seeds, and
    // the C++ standard's check value (the 10000th word from seed 5489 is 4123659995).
    void mersenneTwisterMatchesTheStandardLibrary()
    {
        for (const std::uint32_t seed : {0U, 1U, 3U, 5489U, 4294967295U}) {
            NumpyRandom rng(seed);
            std::mt19937 reference(seed);
            for (int i = 0; i < 1000000; ++i) {
                const std::uint32_t expected = static_cast<std::uint32_t>(reference());
                const std::uint32_t actual = rng.nextUint32();
                if (actual != expected)
                    QFAIL(qPrintable(QStringLiteral("seed %1, word %2: %3, std::mt19937 %4")
                                         .arg(seed)
                                         .arg(i)
                                         .arg(actual)
                                         .arg(expected)));
            }
        }
        NumpyRandom rng(5489);
        for (int i = 1; i < 10000; ++i)
            (void)rng.nextUint32();
        QCOMPARE(rng.nextUint32(), 4123659995U);
        rng.seed(5489); // reseeding starts the words over
        std::mt19937 reference(5489);
        QCOMPARE(rng.nextUint32(), static_cast<std::uint32_t>(reference()));
    }

    void reseedingClearsTheCachedNormal()
    {
        NumpyRandom rng(0);
        (void)rng.standardNormal(); // leaves a cached value
        rng.seed(0);
        QCOMPARE_BITS(rng.standardNormal(), 1.764052345967664);
    }

    void uniformAndNormalUseLocAndScale()
    {
        NumpyRandom rng(0);
        QCOMPARE_BITS(rng.uniform(-2.0, 3.0), 0.7440675196366238);
        QCOMPARE_BITS(rng.normal(1.5, 2.0), 2.9831834816183225);
    }

    void streamsMatchNumpyBitForBit_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonArray>("expected");
        QFile file(QStringLiteral(INITVIZ_TESTS_DIR "/reference/golden/random_streams.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "golden file missing");
        const QJsonArray streams = QJsonDocument::fromJson(file.readAll())
                                       .object()
                                       .value(QStringLiteral("streams"))
                                       .toArray();
        QVERIFY(!streams.isEmpty());
        for (const QJsonValue& value : streams) {
            const QJsonObject stream = value.toObject();
            const auto seed
                = static_cast<quint32>(stream.value(QStringLiteral("seed")).toInteger());
            const QString kind = stream.value(QStringLiteral("kind")).toString();
            QTest::addRow("seed %u, %s", seed, qPrintable(kind))
                << seed << kind << stream.value(QStringLiteral("bits")).toArray();
        }
    }

    // One numpy call per row, as the notebook draws a whole weight matrix at once.
    void streamsMatchNumpyBitForBit()
    {
        QFETCH(quint32, seed);
        QFETCH(QString, kind);
        QFETCH(QJsonArray, expected);
        QVERIFY(expected.size() > 100);
        NumpyRandom rng(seed);
        for (qsizetype i = 0; i < expected.size(); ++i) {
            bool ok = false;
            const double want
                = initviz::test::fromBits(expected.at(i).toString().toULongLong(&ok, 16));
            QVERIFY(ok);
            double got = 0.0;
            if (kind == QLatin1String("random_sample"))
                got = rng.nextDouble();
            else if (kind == QLatin1String("randn"))
                got = rng.standardNormal();
            else if (kind == QLatin1String("uniform(-2,3)"))
                got = rng.uniform(-2.0, 3.0);
            else if (kind == QLatin1String("normal(1.5,2)"))
                got = rng.normal(1.5, 2.0);
            else
                QFAIL(qPrintable(QStringLiteral("unknown stream kind ") + kind));
            QVERIFY2(initviz::test::sameBits(got, want),
                     qPrintable(QStringLiteral("value %1: ").arg(i)
                                + initviz::test::bitsMismatch(got, want)));
        }
    }

    void shuffleMatchesNumpy_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("seed 0, ten items") << 0u << 10 << QList<int>{2, 8, 4, 9, 1, 6, 7, 3, 0, 5};
        QTest::newRow("seed 1, seven items") << 1u << 7 << QList<int>{6, 2, 1, 0, 4, 3, 5};
        QTest::newRow("one item stays") << 0u << 1 << QList<int>{0};
    }

    void shuffleMatchesNumpy()
    {
        QFETCH(quint32, seed);
        QFETCH(int, count);
        QFETCH(QList<int>, expected);
        NumpyRandom rng(seed);
        std::vector<int> items(static_cast<std::size_t>(count));
        std::iota(items.begin(), items.end(), 0);
        rng.shuffle(std::span<int>(items));
        QCOMPARE(QList<int>(items.begin(), items.end()), expected);
    }

    void intervalStaysWithinBounds()
    {
        NumpyRandom rng(7);
        QCOMPARE(rng.interval(0), 0u);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(rng.interval(5) <= 5u);
    }
};

QTEST_APPLESS_MAIN(TestRandom)
#include "tst_random.moc"
