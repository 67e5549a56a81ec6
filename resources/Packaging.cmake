# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: `cpack --preset package` (or `cpack` in any build tree) makes the Debian package
# initviz_<version>_amd64.deb from what `cmake --install` installs, with /usr as its prefix and its
# library dependencies worked out by dpkg-shlibdeps (Debian: dpkg-dev).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME initviz)
set(CPACK_PACKAGE_VENDOR "InitViz developers")
set(CPACK_PACKAGE_CONTACT "InitViz developers <initviz@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "watch neural network initializations train, live and side by side")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # initviz_<version>_<architecture>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}
InitViz turns the deeplearning.ai Initialization notebook into a live classroom
experiment: pick initializations (zeros, large random, He and more), press Start
and watch each network train on the circles data side by side, with its cost
curve, decision boundary and the notebook's conclusion table. The command line
(initviz train, compare, dataset) prints the notebook's own numbers.")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: Qt's platform plugins (xcb, wayland and
# offscreen, which `compare --plot` uses without a display). Qt's own translations of its dialogs
# and a CJK font are wanted for the Chinese window only.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
