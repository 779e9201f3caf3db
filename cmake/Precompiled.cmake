# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
# Precompiled headers: parsing Qt's headers was about a third of each file's compile time. Two headers are
# compiled once each (at_pch_core without widgets, at_pch_widgets with them) and every target reuses one.
# AT_PRECOMPILED_HEADERS=OFF builds without them (to check that each file includes what it uses).
option(AT_PRECOMPILED_HEADERS "Reuse precompiled Qt headers" ON)

if(AT_PRECOMPILED_HEADERS)
  file(WRITE ${CMAKE_BINARY_DIR}/at_pch.cpp "// the precompiled headers' own translation unit\n")
  add_library(at_pch_core STATIC ${CMAKE_BINARY_DIR}/at_pch.cpp)
  target_link_libraries(at_pch_core PRIVATE at_common Qt6::Core Qt6::Gui)
  target_include_directories(at_pch_core PRIVATE ${PROJECT_SOURCE_DIR})
  target_precompile_headers(at_pch_core PRIVATE ${PROJECT_SOURCE_DIR}/cmake/pch/core.h)
  add_library(at_pch_widgets STATIC ${CMAKE_BINARY_DIR}/at_pch.cpp)
  target_link_libraries(at_pch_widgets PRIVATE at_common Qt6::Core Qt6::Gui Qt6::Widgets)
  target_include_directories(at_pch_widgets PRIVATE ${PROJECT_SOURCE_DIR})
  target_precompile_headers(at_pch_widgets PRIVATE ${PROJECT_SOURCE_DIR}/cmake/pch/widgets.h)
endif()

# at_use_pch(TARGET core|widgets)
function(at_use_pch target kind)
  if(AT_PRECOMPILED_HEADERS)
    target_precompile_headers(${target} REUSE_FROM at_pch_${kind})
  endif()
endfunction()
