#include "ui/preview/preview_clock.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QUrl>

#include <algorithm>

namespace vx {
namespace ui {

namespace {

constexpr int kTickMs = 15;
// A player that has not moved for this long after play() is taken to be stuck (no sink).
constexpr qint64 kStallMs = 1500;

}  // namespace

PreviewClock::PreviewClock(QObject* parent) : QObject(parent) {
    m_ticker.setInterval(kTickMs);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &PreviewClock::tick);
    if (QMediaDevices::audioOutputs().isEmpty()) {
        m_source = ClockSource::Timer;
        m_fallbackReason = tr("No audio output device: the preview plays without sound.");
        return;
    }
    m_player = new QMediaPlayer(this);
    m_audioOutput = new QAudioOutput(this);
    m_player->setAudioOutput(m_audioOutput);
    // The player's idea of the length can differ from the decoded samples' by a few
    // milliseconds: its end of media is the end of the clip.
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (status == QMediaPlayer::EndOfMedia && m_playing &&
                    m_source == ClockSource::MediaPlayer) {
                    Q_EMIT positionChanged(m_durationMs);
                    stopAtEnd();
                }
            });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString& text) {
                fallBackToTimer(
                    tr("The audio player failed (%1): the preview plays without sound.").arg(text));
            });
}

PreviewClock::~PreviewClock() = default;

void PreviewClock::setSource(const QString& audioPath, qint64 durationMs) {
    pause();
    m_durationMs = std::max<qint64>(0, durationMs);
    m_atEnd = false;
    m_timerOriginMs = 0;
    if (m_player)
        m_player->setSource(audioPath.isEmpty() ? QUrl() : QUrl::fromLocalFile(audioPath));
    Q_EMIT positionChanged(0);
}

qint64 PreviewClock::positionMs() const {
    if (m_source == ClockSource::MediaPlayer && m_player)
        return std::min(m_player->position(), m_durationMs);
    const qint64 elapsed = m_playing ? m_sinceOrigin.elapsed() : 0;
    return std::min(m_timerOriginMs + elapsed, m_durationMs);
}

void PreviewClock::play() {
    if (m_playing || m_durationMs <= 0)
        return;
    if (m_atEnd || positionMs() >= m_durationMs)
        seek(0);
    m_playing = true;
    if (m_source == ClockSource::MediaPlayer && m_player) {
        m_lastPlayerPositionMs = -1;
        m_sincePlayerMoved.start();
        m_player->play();
    } else {
        m_sinceOrigin.start();
    }
    m_ticker.start();
    Q_EMIT playingChanged(true);
}

void PreviewClock::pause() {
    if (!m_playing)
        return;
    const qint64 at = positionMs();
    m_playing = false;
    m_ticker.stop();
    if (m_player && m_source == ClockSource::MediaPlayer)
        m_player->pause();
    m_timerOriginMs = at;
    Q_EMIT playingChanged(false);
}

void PreviewClock::togglePlayPause() {
    if (m_playing)
        pause();
    else
        play();
}

void PreviewClock::seek(qint64 positionMs) {
    const qint64 clamped = std::clamp<qint64>(positionMs, 0, m_durationMs);
    m_atEnd = false;
    m_timerOriginMs = clamped;
    if (m_playing)
        m_sinceOrigin.start();
    if (m_player && m_source == ClockSource::MediaPlayer) {
        m_player->setPosition(clamped);
        m_lastPlayerPositionMs = -1;
        m_sincePlayerMoved.start();
    }
    Q_EMIT positionChanged(clamped);
}

void PreviewClock::fallBackToTimer(const QString& reason) {
    if (m_source == ClockSource::Timer)
        return;
    const qint64 at = positionMs();
    m_source = ClockSource::Timer;
    m_fallbackReason = reason;
    if (m_player)
        m_player->stop();
    m_timerOriginMs = at;
    m_sinceOrigin.start();
    Q_EMIT fellBackToTimer(reason);
}

void PreviewClock::tick() {
    if (m_source == ClockSource::MediaPlayer && m_player) {
        const qint64 now = m_player->position();
        if (now != m_lastPlayerPositionMs) {
            m_lastPlayerPositionMs = now;
            m_sincePlayerMoved.start();
        } else if (m_sincePlayerMoved.elapsed() > kStallMs) {
            fallBackToTimer(
                tr("The audio player does not advance: the preview plays without "
                   "sound."));
        }
    }
    const qint64 position = positionMs();
    Q_EMIT positionChanged(position);
    if (position >= m_durationMs)
        stopAtEnd();
}

void PreviewClock::stopAtEnd() {
    pause();
    m_timerOriginMs = m_durationMs;
    m_atEnd = true;
}

}  // namespace ui
}  // namespace vx
