// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dataset_text.h"

#include "core/dataset_kinds.h"

#include <QCoreApplication>

#include <algorithm>
#include <string>
#include <string_view>

namespace initviz::ui {

namespace {
constexpr char kContext[] = "initviz::ui::Dataset";

// The core's titles (core/dataset_kinds.cpp), listed again only so lupdate finds them; the window
// translates the core's own string, so a title changed there but not here shows up untranslated
// and everyDatasetTitleIsTranslatable() says so.
constexpr const char* kDatasetTitles[] = {
    //: Data set kind: sklearn's make_circles, the notebook's data
    QT_TRANSLATE_NOOP("initviz::ui::Dataset", "Circles (the notebook)"),
    //: Data set kind: sklearn's make_moons, two interleaving half circles
    QT_TRANSLATE_NOOP("initviz::ui::Dataset", "Moons"),
    //: Data set kind: sklearn's make_blobs, two Gaussian clusters
    QT_TRANSLATE_NOOP("initviz::ui::Dataset", "Blobs"),
    //: Data set kind: four squares, label 1 where the signs of x1 and x2 differ
    QT_TRANSLATE_NOOP("initviz::ui::Dataset", "XOR"),
    //: Data set kind: two interleaved spiral arms
    QT_TRANSLATE_NOOP("initviz::ui::Dataset", "Spiral"),
};
} // namespace

QString datasetTitle(DatasetKind kind)
{
    const std::string source(datasetKindInfo(kind).title);
    return QCoreApplication::translate(kContext, source.c_str());
}

bool everyDatasetTitleIsTranslatable()
{
    return std::all_of(datasetKinds().begin(), datasetKinds().end(),
                       [](const DatasetKindInfo& info) {
                           return std::any_of(std::begin(kDatasetTitles), std::end(kDatasetTitles),
                                              [&info](const char* listed) {
                                                  return info.title == std::string_view(listed);
                                              });
                       });
}

} // namespace initviz::ui
