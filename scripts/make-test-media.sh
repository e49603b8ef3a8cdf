#!/usr/bin/env bash
# Generates the small media files the vx_media tests decode, so that no audio or video blob is
# ever committed. Usage: scripts/make-test-media.sh OUTDIR
# Needs ffmpeg (with libx264, libmp3lame, libopus) and espeak-ng. Every file is a few seconds
# long; their exact lengths are part of the tests' expectations (see tests/media/).
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 OUTDIR" >&2
    exit 2
fi
out=$1
mkdir -p "$out"
ff=(ffmpeg -hide_banner -loglevel error -nostdin -y)

# Speech: espeak-ng writes 22050 Hz mono 16-bit WAV.
espeak-ng -w "$out/speech.wav" "The quick brown fox jumps over the lazy dog. Talking heads."

# Tones, 2 s each: a 440 Hz sine on the left, 660 Hz on the right (stereo files), so the mono
# downmix is the average of two different signals.
stereo_tone() {  # rate seconds
    echo "sine=frequency=440:sample_rate=$1:duration=$2[l];sine=frequency=660:sample_rate=$1:duration=$2[r];[l][r]amerge=inputs=2,volume=0.5[a]"
}
"${ff[@]}" -filter_complex "$(stereo_tone 44100 2)" -map "[a]" -c:a pcm_s16le "$out/stereo44k.wav"
"${ff[@]}" -filter_complex "$(stereo_tone 48000 2)" -map "[a]" -c:a pcm_s16le "$out/stereo48k.wav"
# Its two channels as separate mono files (lossless copies), to check the downmix.
"${ff[@]}" -i "$out/stereo44k.wav" -af "pan=mono|c0=c0" -c:a pcm_s16le "$out/stereo44k-left.wav"
"${ff[@]}" -i "$out/stereo44k.wav" -af "pan=mono|c0=c1" -c:a pcm_s16le "$out/stereo44k-right.wav"
"${ff[@]}" -f lavfi -i "sine=frequency=300:sample_rate=8000:duration=2" -c:a pcm_s16le "$out/mono8k.wav"
"${ff[@]}" -f lavfi -i "sine=frequency=300:sample_rate=22050:duration=2" -c:a pcm_s16le "$out/mono22k.wav"
"${ff[@]}" -f lavfi -i "sine=frequency=300:sample_rate=16000:duration=2" -c:a pcm_s16le "$out/mono16k.wav"
"${ff[@]}" -filter_complex "$(stereo_tone 44100 2)" -map "[a]" -c:a libmp3lame -b:a 128k "$out/stereo44k.mp3"
"${ff[@]}" -filter_complex "$(stereo_tone 48000 2)" -map "[a]" -c:a flac "$out/stereo48k.flac"
"${ff[@]}" -filter_complex "$(stereo_tone 44100 2)" -map "[a]" -c:a aac -b:a 128k "$out/stereo44k.m4a"
"${ff[@]}" -filter_complex "$(stereo_tone 48000 2)" -map "[a]" -c:a libopus -b:a 96k "$out/stereo48k.opus.ogg"

# A 3 s video (64x48, 25 fps) with a 44.1 kHz stereo audio track, and one without audio.
"${ff[@]}" -f lavfi -i "testsrc=size=64x48:rate=25:duration=3" -filter_complex "$(stereo_tone 44100 3)" \
    -map 0:v -map "[a]" -c:v libx264 -pix_fmt yuv420p -c:a aac -shortest "$out/with-audio.mp4"
"${ff[@]}" -f lavfi -i "testsrc=size=64x48:rate=25:duration=1" -c:v libx264 -pix_fmt yuv420p \
    "$out/no-audio.mp4"

# Broken inputs.
"${ff[@]}" -f lavfi -i "anullsrc=r=16000:cl=mono" -t 2 -c:a pcm_s16le "$out/silent.wav"
"${ff[@]}" -f lavfi -i "anullsrc=r=16000:cl=mono" -t 0 -c:a pcm_s16le "$out/zero-length.wav"
: > "$out/empty.wav"
echo "This is not an MP3 file, only text with the wrong name." > "$out/text.mp3"
# The first third of a 6 s WAV and of a 6 s FLAC: the headers promise 6 s.
"${ff[@]}" -f lavfi -i "sine=frequency=440:sample_rate=44100:duration=6" -c:a pcm_s16le "$out/long.wav"
head -c $(( $(stat -c %s "$out/long.wav") / 3 )) "$out/long.wav" > "$out/truncated.wav"
"${ff[@]}" -f lavfi -i "sine=frequency=440:sample_rate=44100:duration=6" -c:a flac "$out/long.flac"
head -c $(( $(stat -c %s "$out/long.flac") / 3 )) "$out/long.flac" > "$out/truncated.flac"
rm "$out/long.wav" "$out/long.flac"
# Random bytes after a valid MP3 frame header's worth of garbage: nothing decodable.
head -c 20000 /dev/urandom > "$out/corrupt.mp3"
