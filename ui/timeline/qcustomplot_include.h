// qcustomplot.h uses Qt's `signals`/`slots`/`foreach` keywords, which QT_NO_KEYWORDS switches off;
// this header maps them for that one include. Include it instead of <qcustomplot.h>, from .cpp
// files.
#pragma once

#ifndef signals
#define VX_UNDEF_SIGNALS
#define signals Q_SIGNALS
#endif
#ifndef slots
#define VX_UNDEF_SLOTS
#define slots Q_SLOTS
#endif

#ifndef foreach
#define VX_UNDEF_FOREACH
#define foreach Q_FOREACH
#endif

#include <qcustomplot.h>

#ifdef VX_UNDEF_FOREACH
#undef foreach
#undef VX_UNDEF_FOREACH
#endif

#ifdef VX_UNDEF_SIGNALS
#undef signals
#undef VX_UNDEF_SIGNALS
#endif
#ifdef VX_UNDEF_SLOTS
#undef slots
#undef VX_UNDEF_SLOTS
#endif
