// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scheme_text.h"

#include <QCoreApplication>
#include <QStringList>

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
    // The activations' titles and help (core/activations.cpp).
    //: Hidden-layer activation function
    QT_TRANSLATE_NOOP("initviz::ui::Scheme", "ReLU"),
    //: Hidden-layer activation function (hyperbolic tangent)
    QT_TRANSLATE_NOOP("initviz::ui::Scheme", "tanh"),
    //: Hidden-layer activation function
    QT_TRANSLATE_NOOP("initviz::ui::Scheme", "sigmoid"),
    //: Hidden-layer activation function: ReLU with slope 0.01 below zero
    QT_TRANSLATE_NOOP("initviz::ui::Scheme", "leaky ReLU"),
    QT_TRANSLATE_NOOP("initviz::ui::Scheme",
                      "the notebook's: fast, but units with z <= 0 pass no gradient"),
    QT_TRANSLATE_NOOP(
        "initviz::ui::Scheme",
        "zero-centred and saturating: trains deep nets with Xavier's smaller weights"),
    QT_TRANSLATE_NOOP("initviz::ui::Scheme",
                      "saturating and never above 1/4 in slope: the gradient fades in deep nets"),
    QT_TRANSLATE_NOOP("initviz::ui::Scheme",
                      "ReLU with a small slope below zero, so no unit stops learning"),
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

QString activationTitleText(Activation activation)
{
    return translated(activationInfo(activation).title);
}

QString activationHelpText(Activation activation)
{
    return translated(activationInfo(activation).help);
}

InitScheme schemeFamily(InitScheme scheme)
{
    // The uniform variants keep their Gaussian's variance; LeCun's 1/n is Xavier's 2/(n + n') for
    // layers of one width, and is meant, like it, for saturating activations.
    switch (scheme) {
    case InitScheme::HeUniform:
        return InitScheme::He;
    case InitScheme::LeCun:
    case InitScheme::XavierUniform:
        return InitScheme::Xavier;
    default:
        return scheme;
    }
}

std::vector<Activation> activationsMeantFor(InitScheme scheme)
{
    std::vector<Activation> meant;
    for (const ActivationInfo& info : activations()) {
        if (info.meantFor == schemeFamily(scheme))
            meant.push_back(info.activation);
    }
    return meant;
}

QString meantForText(InitScheme scheme)
{
    const std::vector<Activation> meant = activationsMeantFor(scheme);
    if (meant.empty())
        return {};
    QStringList titles;
    for (const Activation activation : meant)
        titles << activationTitleText(activation);
    //: %1 activation titles, "ReLU and leaky ReLU": which activation a scheme's scale suits
    return QCoreApplication::translate("initviz::ui::Scheme", "meant for %1")
        .arg(titles.size() == 1
                 ? titles.front()
                 : QCoreApplication::translate("initviz::ui::Scheme", "%1 and %2")
                       .arg(titles.mid(0, titles.size() - 1).join(QStringLiteral(", ")),
                            titles.back()));
}

QString schemeCommentAndUse(InitScheme scheme)
{
    const QString use = meantForText(scheme);
    if (use.isEmpty())
        return schemeCommentText(scheme);
    //: %1 a scheme's Problem/Comment, %2 "meant for ReLU and leaky ReLU"
    return QCoreApplication::translate("initviz::ui::Scheme", "%1; %2")
        .arg(schemeCommentText(scheme), use);
}

bool everySchemeTextIsTranslatable()
{
    return std::all_of(initSchemes().begin(), initSchemes().end(),
                       [](const InitSchemeInfo& info) {
                           return listed(info.title) && listed(info.comment);
                       })
        && std::all_of(activations().begin(), activations().end(), [](const ActivationInfo& info) {
               return listed(info.title) && listed(info.help);
           });
}

} // namespace initviz::ui
