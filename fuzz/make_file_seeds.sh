#!/usr/bin/env bash
# Writes the seed inputs of the non-checkpoint fuzz targets (not committed; the committed
# corpora in fuzz/corpus/ already hold what of them adds coverage):
#   OUTDIR/image        tiny PNG (RGB, RGBA, grey, grey+alpha, 16-bit, palette, tRNS), JPEG
#                       (baseline, progressive, grey, 4:4:4, EXIF orientation), BMP, WebP
#                       (lossy, lossless, alpha, animated), made with ffmpeg and ImageMagick
#   OUTDIR/media_probe  0.02-0.3 s of WAV (s16, f32, u8, s24), MP3, FLAC, Vorbis, Opus, AAC
#                       (M4A and ADTS), espeak-ng speech, and MP4/WebM/MKV/AVI videos
#   OUTDIR/engine_json  the tiny fixture's config and hyper-parameter files, a wav2vec2 and a
#                       feature extractor config, a JSON text with every escape and number form
#   OUTDIR/project_file a version 2 and a version 1 project, and the smallest valid one
#   OUTDIR/hub_json     a listing page and a download manifest
#   OUTDIR/batch_jobs   batch files: the example of docs/render-farm.md, a bare list of
#                       projects, a job with every key and one with every numeric setting
#   fuzz/make_file_seeds.sh OUTDIR
set -euo pipefail
out=${1:?usage: make_file_seeds.sh OUTDIR}
here=$(cd "$(dirname "$0")/.." && pwd)
fixtures=${VX_FIXTURES_DIR:-$here/../shared/fixtures/vexpress-tiny}
mkdir -p "$out"/{image,media_probe,engine_json,project_file,hub_json,batch_jobs}
ff() { ffmpeg -v error -y "$@"; }

cd "$out/image"
pic=testsrc=size=32x24:rate=1
for spec in rgb:rgb24 rgba:rgba grey:gray deep:rgb48be greyalpha:ya8 palette:pal8; do
    ff -f lavfi -i "$pic" -frames:v 1 -pix_fmt "${spec#*:}" "${spec%%:*}.png"
done
ff -f lavfi -i "$pic" -frames:v 1 -q:v 5 base.jpg
ff -f lavfi -i "$pic" -frames:v 1 -pix_fmt gray -q:v 5 grey.jpg
ff -f lavfi -i "$pic" -frames:v 1 bgr24.bmp
ff -f lavfi -i "$pic" -frames:v 1 -pix_fmt bgra bgra.bmp
ff -f lavfi -i "$pic" -frames:v 1 -c:v libwebp lossy.webp
ff -f lavfi -i "$pic" -frames:v 1 -c:v libwebp -lossless 1 lossless.webp
ff -f lavfi -i "$pic" -frames:v 1 -pix_fmt yuva420p -c:v libwebp alpha.webp
ff -f lavfi -i testsrc=size=16x16:rate=4 -frames:v 3 -c:v libwebp_anim -loop 0 anim.webp
if command -v convert >/dev/null; then
    convert base.jpg -interlace Plane progressive.jpg
    convert base.jpg -orient RightTop exif.jpg
    convert base.jpg -sampling-factor 4:4:4 s444.jpg
    convert rgb.png -transparent white trns.png
    convert rgb.png -depth 16 -define png:color-type=6 rgba16.png
fi

cd "$out/media_probe"
tone() { echo "sine=frequency=440:duration=$1:sample_rate=$2"; }
ff -f lavfi -i "$(tone 0.15 16000)" -c:a pcm_s16le mono16k.wav
ff -f lavfi -i "$(tone 0.02 44100)" -ac 2 -c:a pcm_f32le stereo_float.wav
ff -f lavfi -i "$(tone 0.15 16000)" -c:a pcm_u8 u8.wav
ff -f lavfi -i "$(tone 0.03 48000)" -c:a pcm_s24le s24_48k.wav
ff -f lavfi -i "$(tone 0.15 44100)" -c:a libmp3lame -b:a 32k a.mp3
ff -f lavfi -i "$(tone 0.05 16000)" -c:a flac a.flac
ff -f lavfi -i "$(tone 0.15 44100)" -c:a libvorbis a.ogg
ff -f lavfi -i "$(tone 0.15 16000)" -c:a libopus -b:a 16k a.opus
ff -f lavfi -i "$(tone 0.15 16000)" -c:a aac -b:a 24k a.m4a
ff -f lavfi -i "$(tone 0.15 16000)" -c:a aac -b:a 24k -f adts a.aac
video=testsrc=size=16x16:rate=10
ff -f lavfi -i "$video" -f lavfi -i "$(tone 0.3 16000)" -t 0.3 -c:v libx264 -preset ultrafast \
    -pix_fmt yuv420p -c:a aac -b:a 16k -shortest av.mp4
ff -f lavfi -i "$video" -t 0.3 -c:v libx264 -preset ultrafast -pix_fmt yuv420p video_only.mp4
ff -f lavfi -i "$video" -f lavfi -i "$(tone 0.3 16000)" -t 0.3 -c:v libvpx -b:v 50k \
    -c:a libopus -b:a 16k -shortest av.webm
ff -f lavfi -i "$video" -t 0.3 -c:v mjpeg -q:v 10 mjpeg.avi
ff -f lavfi -i "$video" -f lavfi -i "$(tone 0.3 16000)" -t 0.3 -c:v libx264 -preset ultrafast \
    -c:a flac -shortest av.mkv
if command -v espeak-ng >/dev/null; then
    espeak-ng -w speech-full.wav "hi" && ff -i speech-full.wav -t 0.1 -ar 22050 speech.wav
    rm -f speech-full.wav
fi

python3 - "$out" "$fixtures" <<'PY'
import glob, json, os, shutil, sys
out, fixtures = sys.argv[1], sys.argv[2]
j = lambda *p: os.path.join(out, *p)
for i, f in enumerate(sorted(glob.glob(os.path.join(fixtures, "**", "*.json"), recursive=True))):
    shutil.copy(f, j("engine_json", "fixture_%d.json" % i))
json.dump({"architectures": ["Wav2Vec2ForCTC"], "conv_bias": False, "conv_dim": [512] * 7,
           "conv_kernel": [10, 3, 3, 3, 3, 2, 2], "conv_stride": [5, 2, 2, 2, 2, 2, 2],
           "feat_extract_norm": "group", "hidden_size": 768, "intermediate_size": 3072,
           "num_attention_heads": 12, "num_hidden_layers": 12, "num_conv_pos_embeddings": 128,
           "num_conv_pos_embedding_groups": 16, "layer_norm_eps": 1e-05,
           "do_stable_layer_norm": False, "hidden_act": "gelu", "feat_extract_activation": "gelu",
           "model_type": "wav2vec2", "vocab_size": 32},
          open(j("engine_json", "wav2vec2_config.json"), "w"), indent=2)
json.dump({"do_normalize": True, "feature_extractor_type": "Wav2Vec2FeatureExtractor",
           "feature_size": 1, "padding_side": "right", "padding_value": 0.0,
           "return_attention_mask": False, "sampling_rate": 16000},
          open(j("engine_json", "preprocessor_config.json"), "w"), indent=2)
open(j("engine_json", "escapes.json"), "w").write(
    '{"a":"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/","b":[-0.0,1e-5,1E+3,-12,true,false,null],"c":{}}')
v2 = {"format": "vxproj", "version": 2,
      "inputs": {"portrait": "media/face.png", "audio": "/home/me/voice.wav",
                 "drivingVideo": "drive.mp4", "crop": {"x": 96, "y": 40, "width": 320, "height": 320}},
      "performance": {"expressionPercent": 72, "identityPercent": 80, "headAmountPercent": 50,
                      "yawRangeDeg": 10, "pitchRangeDeg": 5, "rollRangeDeg": 3, "tempo": 1.0,
                      "speechFollowPercent": 50, "blinkRatePerMinute": 15, "blinkDurationMs": 150,
                      "motionSeed": 7, "blinkSeed": 8, "headPreset": "lively-speaker",
                      "manualBlinkSec": [0.5, 1.25]},
      "quality": {"steps": 25, "guidanceScale": 3.5, "resolutionPx": 512, "seed": 42,
                  "device": "cuda-fp16"},
      "output": {"targetFps": 30, "crf": 18, "framing": "paste-back"}}
json.dump(v2, open(j("project_file", "v2.vxproj"), "w"), indent=4)
v1 = json.loads(json.dumps(v2))
v1["version"] = 1
del v1["performance"]["motionSeed"], v1["performance"]["blinkSeed"]
v1["output"]["framing"], v1["performance"]["headPreset"], v1["quality"]["device"] = "crop", "still", "cpu-fp32"
json.dump(v1, open(j("project_file", "v1.vxproj"), "w"))
json.dump({"format": "vxproj", "version": 2}, open(j("project_file", "minimal.vxproj"), "w"))
json.dump([{"type": "directory", "oid": "a" * 40, "size": 0, "path": "model_ckpts/sd-vae-ft-mse"},
           {"type": "file", "oid": "b" * 40, "size": 547, "path": "model_ckpts/sd-vae-ft-mse/config.json"},
           {"type": "file", "oid": "c" * 40, "size": 334643276,
            "path": "model_ckpts/sd-vae-ft-mse/diffusion_pytorch_model.bin",
            "lfs": {"oid": "d" * 64, "size": 334643276, "pointerSize": 134}}],
          open(j("hub_json", "tree.json"), "w"))
json.dump({"endpoint": "https://huggingface.co", "repo": "tk93/V-Express", "revision": "main",
           "folder": "model_ckpts",
           "files": [{"path": "sd-vae-ft-mse/config.json",
                      "path_in_repo": "model_ckpts/sd-vae-ft-mse/config.json", "size": 547,
                      "git_sha1": "b" * 40},
                     {"path": "sd-vae-ft-mse/diffusion_pytorch_model.bin",
                      "path_in_repo": "model_ckpts/sd-vae-ft-mse/diffusion_pytorch_model.bin",
                      "size": 334643276, "sha256": "d" * 64}]},
          open(j("hub_json", "manifest.json"), "w"), indent=2)
json.dump({"version": 1,
           "defaults": {"models": "/shared/models/model_ckpts", "device": "cuda", "steps": 25},
           "jobs": ["projects/monday.vxproj",
                    {"project": "projects/tuesday.vxproj", "output": "renders/tuesday.mp4",
                     "seed": 7},
                    {"image": "faces/ana.jpg", "audio": "voices/ana.wav",
                     "output": "renders/ana.mp4", "motionPreset": "lively",
                     "expressionPercent": 80}]},
          open(j("batch_jobs", "render_farm_example.json"), "w"), indent=4)
json.dump(["a.vxproj", "../talks/b.vxproj", "/abs/c.vxproj"],
          open(j("batch_jobs", "projects.json"), "w"))
json.dump({"defaults": {"dtype": "bf16", "retarget": "offset_retarget", "blinkAt": [0.5, 2]},
           "jobs": [{"image": "a.png", "audio": "a.wav", "output": "out/a.mp4",
                     "drivingVideo": "drive.mp4", "kps": "kps.pth", "models": "../models",
                     "device": "cpu", "dtype": "fp16", "motionPreset": "nodding",
                     "retarget": "follow_nose", "blinkAt": [], "pasteBack": True,
                     "noCrop": False},
                    {"project": "p.vxproj", "output": "./out/../b.mp4", "pasteBack": False,
                     "noCrop": True, "device": "auto", "dtype": "auto", "retarget": "fix_face",
                     "motionPreset": "still"}]},
          open(j("batch_jobs", "every_key.json"), "w"))
json.dump([{"image": "a.png", "audio": "a.wav", "output": "a.mp4", "expressionPercent": 72.5,
            "identityPercent": 80, "headAmountPercent": 50, "yawRangeDeg": 10,
            "pitchRangeDeg": 5, "rollRangeDeg": 3, "tempo": 1.5, "speechFollowPercent": 50,
            "blinkRatePerMinute": 15, "blinkDurationMs": 150, "motionSeed": 4294967295,
            "blinkSeed": 0, "steps": 100, "guidanceScale": 3.5, "seed": 42,
            "resolutionPx": 1024, "targetFps": 29.97, "crf": 51}],
          open(j("batch_jobs", "every_setting.json"), "w"))
PY
chmod -R u+w "$out"
for d in image media_probe engine_json project_file hub_json batch_jobs; do
    echo "seeds: $(ls "$out/$d" | wc -l) $d inputs in $out/$d"
done
