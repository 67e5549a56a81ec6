// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #4: the training loop allocates nothing. Every malloc in this process is counted;
// a run of 50 iterations and one of 5000 must allocate exactly as often (setup and results only).
#include "core/trainer.h"

#include <QTest>

#include <atomic>
#include <cstddef>

namespace {
std::atomic<long> allocations{0};
}

// Every heap allocation goes through malloc (operator new and Eigen's aligned allocator both call
// it), so counting malloc and its siblings counts them all. glibc exports the real functions.
extern "C" {
void* __libc_malloc(std::size_t size);
void* __libc_calloc(std::size_t count, std::size_t size);
void* __libc_realloc(void* pointer, std::size_t size);
void* __libc_memalign(std::size_t alignment, std::size_t size);

void* malloc(std::size_t size)
{
    allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_malloc(size);
}

void* calloc(std::size_t count, std::size_t size)
{
    allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_calloc(count, size);
}

void* realloc(void* pointer, std::size_t size)
{
    allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_realloc(pointer, size);
}

int posix_memalign(void** pointer, std::size_t alignment, std::size_t size)
{
    allocations.fetch_add(1, std::memory_order_relaxed);
    *pointer = __libc_memalign(alignment, size);
    return *pointer ? 0 : 12; // ENOMEM
}

void* aligned_alloc(std::size_t alignment, std::size_t size)
{
    allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_memalign(alignment, size);
}
}

class TestAllocations : public QObject {
    Q_OBJECT

private slots:
    void trainingLoopDoesNotAllocate_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<bool>("stableLoss");
        QTest::addColumn<QList<int>>("layers");
        QTest::addColumn<bool>("statistics");
        QTest::newRow("He, notebook cost")
            << int(initviz::InitScheme::He) << false << QList<int>{2, 10, 5, 1} << false;
        QTest::newRow("large random, stable cost")
            << int(initviz::InitScheme::Random) << true << QList<int>{2, 10, 5, 1} << false;
        QTest::newRow("wide layers (generic kernels)")
            << int(initviz::InitScheme::He) << false << QList<int>{2, 20, 1} << false;
        // Issue 11: the live per-layer statistics at every snapshot, from the trainer's buffers.
        QTest::newRow("He, statistics at every snapshot")
            << int(initviz::InitScheme::He) << false << QList<int>{2, 10, 5, 1} << true;
        QTest::newRow("deep Xavier net, statistics")
            << int(initviz::InitScheme::Xavier) << false << QList<int>{2, 20, 20, 20, 1} << true;
    }

    void trainingLoopDoesNotAllocate()
    {
        QFETCH(int, scheme);
        QFETCH(bool, stableLoss);
        QFETCH(QList<int>, layers);
        QFETCH(bool, statistics);
        const initviz::DatasetPair data = initviz::makeDatasets({});
        const auto countFor = [&](int iterations) -> long {
            initviz::TrainingConfig config;
            config.init = static_cast<initviz::InitScheme>(scheme);
            config.stableLoss = stableLoss;
            config.layerDims.assign(layers.begin(), layers.end());
            config.iterations = iterations;
            config.costEvery = 10; // 5 and 500 cost checkpoints: the costs vector is reserved
            initviz::TrainerHooks hooks;
            if (statistics) {
                hooks.collectStatistics = true;
                hooks.snapshotEvery = 7;
                hooks.onSnapshot = [](const initviz::TrainingSnapshot&) {};
            }
            const long before = allocations.load();
            const initviz::TrainingResult result = initviz::train(config, data, hooks);
            const long after = allocations.load();
            return result.iterationsDone == iterations ? after - before : -1;
        };
        const long shortRun = countFor(50);
        const long longRun = countFor(5000);
        QVERIFY(shortRun > 0);
        QCOMPARE(longRun, shortRun);
    }
};

QTEST_APPLESS_MAIN(TestAllocations)
#include "tst_allocations.moc"
