// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace initviz::ui {

/// Gives every control under `root` that a user can Tab to an accessible name and description a
/// screen reader says, where it has none of its own: its label (a QLabel buddy), its text or
/// title, the titled section (group box or dock) it sits in, or its tooltip. Item views let Tab
/// leave them (arrows still move between cells), so Tab alone walks the whole window. Call once
/// the widgets exist, in the window's language.
void describeControls(QWidget* root);

} // namespace initviz::ui
