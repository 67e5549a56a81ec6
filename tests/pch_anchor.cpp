// SPDX-License-Identifier: GPL-3.0-or-later
// The source of the objects that own the tests' precompiled headers (tests/CMakeLists.txt).
