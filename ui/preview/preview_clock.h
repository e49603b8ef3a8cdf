// The playback clock of the instant preview. It plays the recording with QMediaPlayer and reads
// the time from it, so the pictures follow the sound. Where there is no audio device, or the
// player reports an error or does not move, it falls back to a silent timer clock that runs at
// the same pace, and says so.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

class QAudioOutput;
class QMediaPlayer;

namespace vx {
namespace ui {

enum class ClockSource { MediaPlayer, Timer };

class PreviewClock : public QObject {
    Q_OBJECT
public:
    explicit PreviewClock(QObject* parent = nullptr);
    ~PreviewClock() override;

    // A new recording: stops, rewinds, and plays it from now on. Empty path: nothing to play.
    void setSource(const QString& audioPath, qint64 durationMs);
    qint64 durationMs() const { return m_durationMs; }
    qint64 positionMs() const;
    bool isPlaying() const { return m_playing; }
    ClockSource source() const { return m_source; }
    // Why the clock runs on the timer, or empty.
    const QString& fallbackReason() const { return m_fallbackReason; }

public Q_SLOTS:
    void play();
    void pause();
    void togglePlayPause();
    void seek(qint64 positionMs);
    // Switches to the silent timer clock from the current position (called on player errors).
    void fallBackToTimer(const QString& reason);

Q_SIGNALS:
    // While playing, about every 15 ms; once after each seek.
    void positionChanged(qint64 positionMs);
    void playingChanged(bool playing);
    void fellBackToTimer(const QString& reason);

private:
    void tick();
    void stopAtEnd();

    QMediaPlayer* m_player = nullptr;
    QAudioOutput* m_audioOutput = nullptr;
    QTimer m_ticker;
    ClockSource m_source = ClockSource::MediaPlayer;
    QString m_fallbackReason;
    qint64 m_durationMs = 0;
    bool m_playing = false;
    bool m_atEnd = false;  // stopped by reaching the end: the next play starts over

    // Timer clock: the position at the last start or seek, and the time since then.
    qint64 m_timerOriginMs = 0;
    QElapsedTimer m_sinceOrigin;

    // Stall watch for the player: the last position it reported and since when.
    qint64 m_lastPlayerPositionMs = -1;
    QElapsedTimer m_sincePlayerMoved;
};

}  // namespace ui
}  // namespace vx
