// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One long test program as several ctest tests: the functions that measure time run alone
// (RUN_SERIAL, INITVIZ_TEST_PART=timing), the others in N shares beside other tests
// (INITVIZ_TEST_PART=1/N .. N/N: every Nth function in the order declared). Unset, the program
// runs all its functions, as any Qt Test program. tests/CMakeLists.txt sets the parts.

#include <QByteArray>
#include <QMetaMethod>
#include <QObject>
#include <QStringList>
#include <QtGlobal>

namespace initviz::test {

/// `arguments` (the command line) plus the test functions of INITVIZ_TEST_PART: `timing` names
/// that part's; the shares divide every other test function of `test`. Function names already on
/// the command line are left to Qt Test, part or not.
inline QStringList partArguments(const QObject& test, QStringList arguments,
                                 const QStringList& timing)
{
    const QByteArray part = qgetenv("INITVIZ_TEST_PART");
    if (part.isEmpty())
        return arguments;
    const bool timingPart = part == "timing";
    int share = 0;
    int shares = 0;
    if (!timingPart) {
        const QList<QByteArray> fraction = part.split('/');
        bool shareOk = false;
        bool sharesOk = false;
        if (fraction.size() == 2) {
            share = fraction[0].toInt(&shareOk);
            shares = fraction[1].toInt(&sharesOk);
        }
        if (!shareOk || !sharesOk || shares < 1 || share < 1 || share > shares)
            qFatal("INITVIZ_TEST_PART is \"%s\": \"timing\" or K/N (1 <= K <= N)",
                   part.constData());
    }
    const QStringList takeValues{QStringLiteral("-o"),          QStringLiteral("-maxwarnings"),
                                 QStringLiteral("-eventdelay"), QStringLiteral("-keydelay"),
                                 QStringLiteral("-mousedelay"), QStringLiteral("-platform"),
                                 QStringLiteral("-repeat")};
    for (int i = 1; i < arguments.size(); ++i) {
        if (!arguments[i].startsWith(QLatin1Char('-')) && !takeValues.contains(arguments[i - 1]))
            return arguments; // functions named: those run
    }
    const QMetaObject* meta = test.metaObject();
    QStringList found;
    const qsizetype named = arguments.size();
    int untimed = 0;
    for (int i = meta->methodOffset(); i < meta->methodCount(); ++i) {
        const QMetaMethod method = meta->method(i);
        const QString name = QString::fromLatin1(method.name());
        if (method.methodType() != QMetaMethod::Slot || method.access() != QMetaMethod::Private
            || method.parameterCount() != 0 || name.endsWith(QLatin1String("_data"))
            || name == QLatin1String("initTestCase") || name == QLatin1String("cleanupTestCase")
            || name == QLatin1String("init") || name == QLatin1String("cleanup"))
            continue;
        if (timing.contains(name)) {
            found += name;
            if (timingPart)
                arguments += name;
        } else if (!timingPart && untimed++ % shares == share - 1) {
            arguments += name;
        }
    }
    // A renamed function must not silently move to another part.
    for (const QString& name : timing) {
        if (!found.contains(name))
            qFatal("no test function %s (initviz::test::partArguments)", qPrintable(name));
    }
    // Qt Test would run every function of a part without any.
    if (arguments.size() == named)
        qFatal("INITVIZ_TEST_PART %s has no test function", part.constData());
    return arguments;
}

} // namespace initviz::test
