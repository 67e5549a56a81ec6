// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scheme_text.h"

#include <QCoreApplication>

#include <algorithm>
#include <string>
#include <string_view>

namespace initviz::ui {

namespace {
constexpr char kContext[] = "initviz::ui::Scheme";

// The core's texts (core/initializers.cpp), listed again only so lupdate finds them; the window
// translates the core's own string, so a text changed there but not here shows up untranslated
// and everySchemeTextIsTranslatable() says so.
constexpr const char* kSchemeTexts[] = {
    //: Initialization scheme title, as in "Model with zeros initialization"
    QT_TRANSLATE_NOOP("initviz::ui::Scheme", "zeros"),
    //: Initialization scheme title: randn weights times 10
    QT_TRANSLATE_NOOP("initviz::ui::Scheme", "large random"),
    QT_TRANSLATE_NOOP("initviz::ui::Scheme", "He"),
    QT_TRANSLATE_NOOP("initviz::ui::Scheme", "LeCun"),
    QT_TRANSLATE_NOOP("initviz::ui::Scheme", "Xavier (Glorot)"),
    QT_TRANSLATE_NOOP("initviz::ui::Scheme", "He uniform"),
    QT_TRANSLATE_NOOP("initviz::ui::Scheme", "Xavier uniform"),
    //: Initialization scheme title: randn weights times 0.01
    QT_TRANSLATE_NOOP("initviz::ui::Scheme", "small random"),
    //: Problem/Comment column of the notebook's conclusion table
    QT_TRANSLATE_NOOP("initviz::ui::Scheme", "fails to break symmetry"),
    QT_TRANSLATE_NOOP("initviz::ui::Scheme", "too large weights"),
    QT_TRANSLATE_NOOP("initviz::ui::Scheme", "recommended method"),
    QT_TRANSLATE_NOOP("initviz::ui::Scheme", "works; a little slower than He with ReLU"),
    QT_TRANSLATE_NOOP("initviz::ui::Scheme", "works, but starts slowly: scaled for tanh, not ReLU"),
    QT_TRANSLATE_NOOP("initviz::ui::Scheme", "works; a slower start than He here"),
    QT_TRANSLATE_NOOP("initviz::ui::Scheme", "too small for ReLU: learns slowly"),
    QT_TRANSLATE_NOOP("initviz::ui::Scheme", "too small weights: the signal vanishes"),
};

QString translated(std::string_view text)
{
    const std::string source(text);
    return QCoreApplication::translate(kContext, source.c_str());
}

bool listed(std::string_view text)
{
    return std::any_of(std::begin(kSchemeTexts), std::end(kSchemeTexts),
                       [text](const char* listedText) { return text == listedText; });
}
} // namespace

QString schemeTitleText(InitScheme scheme)
{
    return translated(schemeInfo(scheme).title);
}

QString schemeCommentText(InitScheme scheme)
{
    return translated(schemeInfo(scheme).comment);
}

bool everySchemeTextIsTranslatable()
{
    return std::all_of(initSchemes().begin(), initSchemes().end(), [](const InitSchemeInfo& info) {
        return listed(info.title) && listed(info.comment);
    });
}

} // namespace initviz::ui
