// SPDX-License-Identifier: GPL-3.0-or-later
// Built without Qt (see CMakeLists.txt beside it): the core trains the notebook's He run and
// reproduces its first and last printed cost.
#include "core/datasets.h"
#include "core/trainer.h"

#include <cmath>
#include <cstdio>

int main()
{
    const initviz::DatasetPair data = initviz::makeDatasets({});
    const initviz::TrainingResult result = initviz::train({}, data);
    // From shared/reference/notebook-outputs.md.
    const double first = 0.8830537463419761;
    const double last = 0.07357895962677366;
    const double tolerance = 1e-9;
    const bool ok = result.costs.size() == 15 &&
                    std::abs(result.costs.front().cost - first) <= tolerance * first &&
                    std::abs(result.costs.back().cost - last) <= tolerance * last &&
                    result.trainAccuracy == 298.0 / 300.0 && result.testAccuracy == 0.96;
    std::printf("core without Qt: %zu costs, first %.17g, last %.17g, train %.17g, test %.17g: %s\n",
                result.costs.size(), result.costs.front().cost, result.costs.back().cost,
                result.trainAccuracy, result.testAccuracy, ok ? "ok" : "MISMATCH");
    return ok ? 0 : 1;
}
