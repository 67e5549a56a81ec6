// SPDX-License-Identifier: GPL-3.0-or-later
// A test that cannot run on this machine says why, as a skip that `bash .ci/test` counts and
// lists. The test command sets INITVIZ_REQUIRE_EVERY_TEST=1: there such a test fails instead, so
// a CI machine where, say, root cannot drop to `nobody` is noticed instead of passing (issue 14).
#pragma once

#include <QString>
#include <QTest>
#include <QtGlobal>

#define INITVIZ_SKIP_OR_FAIL(reason)                                                               \
    do {                                                                                           \
        const QString initvizReason_ = (reason);                                                   \
        if (qEnvironmentVariableIsSet("INITVIZ_REQUIRE_EVERY_TEST"))                               \
            QFAIL(qPrintable(initvizReason_                                                        \
                             + QStringLiteral(" (INITVIZ_REQUIRE_EVERY_TEST is set: the test "     \
                                              "command runs every test)")));                       \
        QSKIP(qPrintable(initvizReason_));                                                         \
    } while (false)
