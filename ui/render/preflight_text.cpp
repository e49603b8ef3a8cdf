#include "ui/render/preflight_text.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

#include "studio/preflight.h"
#include "ui/render/render_panel.h"

namespace vx {
namespace ui {

namespace {

QString size(int64_t bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// "12 s", "4 min 05 s", "2 h 10 min".
QString duration(double seconds) {
    const long long s = std::llround(std::max(0.0, seconds));
    if (s >= 3600)
        return RenderPanel::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    if (s >= 60)
        return RenderPanel::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return RenderPanel::tr("%1 s").arg(s);
}

}  // namespace

PreflightText preflightText(const studio::RenderPreflight& p) {
    QStringList lines;
    const QString device =
        p.device == "cuda" ? RenderPanel::tr("the GPU") : RenderPanel::tr("the CPU");
    lines << RenderPanel::tr("%n frame(s) (%1 s of speech), %2 steps × %3 windows at %4 px on %5",
                             "", p.frames)
                 .arg(p.audioSeconds, 0, 'f', 1)
                 .arg(p.steps)
                 .arg(p.windows)
                 .arg(p.side)
                 .arg(device);
    if (p.seconds) {
        QString time = RenderPanel::tr("Time: about %1, from this machine's measured speed")
                           .arg(duration(*p.seconds));
        if (p.draftSeconds)
            time += RenderPanel::tr("; as a Draft about %1").arg(duration(*p.draftSeconds));
        lines << time;
    } else {
        lines << RenderPanel::tr(
            "Time: not known yet; the first render on this device is measured for the "
            "next estimates");
    }
    QString memory = RenderPanel::tr("Memory: about %1 of RAM (%2 available)")
                         .arg(size(p.hostBytes), size(p.freeHostBytes));
    if (p.deviceBytes > 0)
        memory += RenderPanel::tr(", %1 of GPU memory").arg(size(p.deviceBytes));
    lines << memory;
    lines << RenderPanel::tr("Disk: about %1 for the video and %2 for the resume state (%3 free)")
                 .arg(size(p.outputBytes), size(p.stateBytes), size(p.freeDiskBytes));
    for (const std::string& warning : p.warnings)
        lines << RenderPanel::tr("Note: %1").arg(QString::fromStdString(warning));
    PreflightText text;
    text.summary = lines.join(QLatin1Char('\n'));
    for (const std::string& refusal : p.refusals)
        text.refusals << QString::fromStdString(refusal);
    return text;
}

}  // namespace ui
}  // namespace vx
