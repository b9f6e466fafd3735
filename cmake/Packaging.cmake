# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 CaseDesk contributors
# Installation and packaging of CaseDesk; see packaging/README.md.
#   Linux:   desktop entry, AppStream metadata, hicolor icons, man pages, the systemd service
#            with its system user and settings file; "cpack -G DEB" builds the .deb
#            (scripts/package.sh does it all from a clean tree).
#   Windows: windeployqt at install time, Start-menu entry; "cpack -G WIX" builds the .msi.
# The programs themselves are installed by app/CMakeLists.txt. Translations, icons and SQL
# migrations are Qt resources inside the programs, so there is nothing else to install.
include(GNUInstallDirs)

set(CASEDESK_PACKAGING_DIR ${CMAKE_SOURCE_DIR}/packaging)
set(CASEDESK_APP_ID se.casedesk.CaseDesk) # also QApplication::setDesktopFileName in app/casedesk.cpp
set(CASEDESK_PACKAGE_CONTACT "CaseDesk maintainers <maintainers@casedesk.invalid>"
    CACHE STRING "Maintainer named in the packages (Name <address>)")

if(UNIX AND NOT APPLE)
    # Qt and every other library come from the system; our own libraries are static.
    set_target_properties(casedesk casedeskctl PROPERTIES INSTALL_RPATH "")

    install(FILES ${CASEDESK_PACKAGING_DIR}/linux/${CASEDESK_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CASEDESK_PACKAGING_DIR}/linux/${CASEDESK_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/casedesk.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME ${CASEDESK_APP_ID}.svg)
    # Rendered once from the SVG by packaging/icons/render-icons.sh, so the build needs no renderer.
    foreach(size 16 32 48 64 128 256)
        install(FILES ${CASEDESK_PACKAGING_DIR}/icons/casedesk-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                RENAME ${CASEDESK_APP_ID}.png)
    endforeach()

    # Man pages, with the version filled in and compressed as Debian expects.
    find_program(CASEDESK_GZIP gzip)
    set(man_outputs)
    foreach(page casedesk.1 casedeskctl.1)
        set(man_page ${CMAKE_BINARY_DIR}/packaging/man/${page})
        configure_file(${CASEDESK_PACKAGING_DIR}/man/${page} ${CMAKE_BINARY_DIR}/packaging/man-src/${page} @ONLY)
        if(CASEDESK_GZIP)
            add_custom_command(
                OUTPUT ${man_page}.gz
                COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_BINARY_DIR}/packaging/man-src/${page} ${man_page}
                COMMAND ${CASEDESK_GZIP} -9 -n -f ${man_page}
                DEPENDS ${CMAKE_BINARY_DIR}/packaging/man-src/${page}
                COMMENT "Compressing the man page ${page}"
                VERBATIM)
            list(APPEND man_outputs ${man_page}.gz)
        else()
            list(APPEND man_outputs ${CMAKE_BINARY_DIR}/packaging/man-src/${page})
        endif()
    endforeach()
    add_custom_target(casedesk_man_pages ALL DEPENDS ${man_outputs})
    install(FILES ${man_outputs} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

    # The background service "casedeskctl serve": unit, system user, settings (a conffile).
    set(CASEDESK_SERVICE_ENV_FILE ${CMAKE_INSTALL_FULL_SYSCONFDIR}/casedesk/casedesk-service.env)
    configure_file(${CASEDESK_PACKAGING_DIR}/linux/casedesk-service.service.in
                   ${CMAKE_BINARY_DIR}/packaging/casedesk-service.service @ONLY)
    install(FILES ${CMAKE_BINARY_DIR}/packaging/casedesk-service.service DESTINATION lib/systemd/system)
    install(FILES ${CASEDESK_PACKAGING_DIR}/linux/casedesk.sysusers DESTINATION lib/sysusers.d
            RENAME casedesk.conf)
    install(FILES ${CASEDESK_PACKAGING_DIR}/linux/casedesk-service.env
            DESTINATION ${CMAKE_INSTALL_FULL_SYSCONFDIR}/casedesk)
    install(FILES ${CMAKE_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/casedesk)
    install(FILES ${CASEDESK_PACKAGING_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/casedesk
            RENAME README.packaging.md)
    # The licence as Debian wants it (machine-readable, pointing at common-licenses/GPL-3).
    install(FILES ${CASEDESK_PACKAGING_DIR}/debian/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/casedesk)

    # The .deb
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_PACKAGE_NAME casedesk)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # casedesk_<version>-<release>_<arch>.deb
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # the Qt, C++ and C libraries the programs link
    # What dpkg-shlibdeps cannot see: plugins loaded at run time (the SQL drivers; the SVG image
    # and icon engine plugins, which Debian ships in libqt6svg6), QtKeychain, and the fonts the case
    # and decision documents embed (DejaVu covers Latin, Polish, Vietnamese and Arabic names).
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6, libqt6keychain1, libsecret-1-0, fonts-dejavu-core")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql-client")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    file(WRITE ${CMAKE_BINARY_DIR}/packaging/debian/conffiles "${CASEDESK_SERVICE_ENV_FILE}\n")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
        ${CASEDESK_PACKAGING_DIR}/debian/postinst
        ${CASEDESK_PACKAGING_DIR}/debian/prerm
        ${CASEDESK_PACKAGING_DIR}/debian/postrm
        ${CMAKE_BINARY_DIR}/packaging/debian/conffiles)
    set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
    set(CPACK_STRIP_FILES ON)
endif()

if(WIN32)
    # The icon of casedesk.exe (and so of its Start-menu entry).
    target_sources(casedesk PRIVATE ${CASEDESK_PACKAGING_DIR}/windows/casedesk.rc)

    # windeployqt at install time: Qt's DLLs, plugins (platform, styles, SQL drivers, image
    # formats including SVG) and Qt's own translations next to the programs, plus qt.conf.
    qt_generate_deploy_app_script(TARGET casedesk FILENAME_VARIABLE casedesk_deploy_script)
    qt_generate_deploy_app_script(TARGET casedeskctl FILENAME_VARIABLE casedeskctl_deploy_script)
    install(SCRIPT ${casedesk_deploy_script})
    install(SCRIPT ${casedeskctl_deploy_script})
    # windeployqt does not know QtKeychain, nor libpq (the PostgreSQL driver's dependency).
    get_target_property(keychain_target Qt6Keychain::Qt6Keychain ALIASED_TARGET)
    if(NOT keychain_target)
        set(keychain_target Qt6Keychain::Qt6Keychain)
    endif()
    install(IMPORTED_RUNTIME_ARTIFACTS ${keychain_target} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    set(CASEDESK_WINDOWS_EXTRA_DLLS "" CACHE FILEPATH
        "DLLs to install next to the programs, e.g. libpq.dll and the DLLs it needs (see packaging/README.md)")
    if(CASEDESK_WINDOWS_EXTRA_DLLS)
        install(FILES ${CASEDESK_WINDOWS_EXTRA_DLLS} DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
    # The MSVC runtime, app-local, so that no separate redistributable is needed.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)

    set(CPACK_GENERATOR WIX)
    set(CPACK_PACKAGE_INSTALL_DIRECTORY CaseDesk) # C:\Program Files\CaseDesk
    set(CPACK_PACKAGE_EXECUTABLES casedesk CaseDesk) # the Start-menu entry
    set(CPACK_WIX_PROGRAM_MENU_FOLDER .) # directly in the Start menu, not in a folder
    set(CPACK_WIX_UPGRADE_GUID CEF379E2-76A3-4449-A74F-818B3D8A3A83) # never change: upgrades find the old version by it
    set(CPACK_WIX_PRODUCT_ICON ${CASEDESK_PACKAGING_DIR}/windows/casedesk.ico)
    set(CPACK_WIX_PROPERTY_ARPNOMODIFY 1)
    set(CPACK_WIX_PROPERTY_ALLUSERS 1) # per machine (CMake < 3.29 has no CPACK_WIX_INSTALL_SCOPE)
    set(CPACK_WIX_INSTALL_SCOPE perMachine)
    # The installer shows the GPL before installing; WiX wants the file to end in .txt.
    configure_file(${CMAKE_SOURCE_DIR}/LICENSE ${CMAKE_BINARY_DIR}/packaging/license.txt COPYONLY)
    set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_BINARY_DIR}/packaging/license.txt)
    install(FILES ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_BINDIR} RENAME LICENSE.txt)
endif()

set(CPACK_PACKAGE_NAME CaseDesk)
set(CPACK_PACKAGE_VENDOR CaseDesk)
set(CPACK_PACKAGE_CONTACT "${CASEDESK_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION [=[
CaseDesk is the desktop program in which the caseworkers of a Swedish
municipality work the cases that citizens submit through the municipality's
e-services. It shows the form as submitted, checks e-ID signatures, shows
attachments and keeps the full history of every case, on an embedded SQLite
file or a shared PostgreSQL database. casedeskctl creates and upgrades the
database and takes in submissions from the citizen portal; the background
service casedesk-service (not enabled by default) runs retention and mail.]=])
set(CPACK_PACKAGE_CHECKSUM SHA256)

# Checks made when cpack runs, not when configuring, so that a developer's build is never
# stopped by them.
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_BINARY_DIR}/CaseDeskCPackChecks.cmake)
file(CONFIGURE OUTPUT ${CPACK_PROJECT_CONFIG_FILE} @ONLY CONTENT [=[
if(CPACK_GENERATOR STREQUAL "DEB" AND NOT "@CMAKE_INSTALL_PREFIX@" STREQUAL "/usr")
    message(FATAL_ERROR "The .deb needs a build configured with -DCMAKE_INSTALL_PREFIX=/usr, not @CMAKE_INSTALL_PREFIX@ (scripts/package.sh does that).")
endif()
file(READ "@CASEDESK_PACKAGING_DIR@/linux/@CASEDESK_APP_ID@.metainfo.xml" metainfo)
if(NOT metainfo MATCHES "<release version=\"@PROJECT_VERSION@\"")
    message(FATAL_ERROR "packaging/linux/@CASEDESK_APP_ID@.metainfo.xml has no <release> for version @PROJECT_VERSION@; add one.")
endif()
]=])

include(CPack)
