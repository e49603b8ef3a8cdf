<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>vx::ui::AboutDialog</name>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="41"/>
        <source>About VX Studio</source>
        <translation>About VX Studio</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="42"/>
        <source>&lt;h2&gt;VX Studio %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;VX Studio %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="44"/>
        <source>Talking-head videos from one portrait and a voice recording, driven by the V-Express model.</source>
        <translation>Talking-head videos from one portrait and a voice recording, driven by the V-Express model.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/about_dialog.cpp" line="57"/>
        <source>available (%n device(s))</source>
        <translation>
            <numerusform>available (%n device)</numerusform>
            <numerusform>available (%n devices)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="58"/>
        <source>not available (the engine runs on the CPU)</source>
        <translation>not available (the engine runs on the CPU)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="59"/>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="60"/>
        <source>LibTorch: %1</source>
        <translation>LibTorch: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="61"/>
        <source>OpenCV: %1</source>
        <translation>OpenCV: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="62"/>
        <source>FFmpeg: %1</source>
        <translation>FFmpeg: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/about_dialog.cpp" line="63"/>
        <source>CUDA: %1</source>
        <translation>CUDA: %1</translation>
    </message>
</context>
<context>
    <name>vx::ui::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/export_dialog.cpp" line="102"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/export_dialog.cpp" line="103"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/export_dialog.cpp" line="104"/>
        <source>Quality:</source>
        <translation>Quality:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/export_dialog.cpp" line="105"/>
        <source>Best (visually lossless, large file)</source>
        <translation>Best (visually lossless, large file)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/export_dialog.cpp" line="106"/>
        <source>High (recommended)</source>
        <translation>High (recommended)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/export_dialog.cpp" line="107"/>
        <source>Small file (for sharing)</source>
        <translation>Small file (for sharing)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/export_dialog.cpp" line="109"/>
        <source>How much the H.264 encoder may compress: better quality makes larger files.</source>
        <translation>How much the H.264 encoder may compress: better quality makes larger files.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/export_dialog.cpp" line="110"/>
        <source>Open the containing folder when done</source>
        <translation>Open the containing folder when done</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/export_dialog.cpp" line="126"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 video (*.mp4)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/export_dialog.cpp" line="164"/>
        <source>Does not fit: %1</source>
        <translation>Does not fit: %1</translation>
    </message>
</context>
<context>
    <name>vx::ui::InputChecks</name>
    <message>
        <location filename="../ui/inputs/input_checks.cpp" line="22"/>
        <source>“%1” does not exist.</source>
        <translation>“%1” does not exist.</translation>
    </message>
    <message>
        <location filename="../ui/inputs/input_checks.cpp" line="24"/>
        <source>“%1” is not a file.</source>
        <translation>“%1” is not a file.</translation>
    </message>
    <message>
        <location filename="../ui/inputs/input_checks.cpp" line="26"/>
        <source>“%1” cannot be read: check its permissions.</source>
        <translation>“%1” cannot be read: check its permissions.</translation>
    </message>
    <message>
        <location filename="../ui/inputs/input_checks.cpp" line="30"/>
        <source>“%1” is empty.</source>
        <translation>“%1” is empty.</translation>
    </message>
    <message>
        <location filename="../ui/inputs/input_checks.cpp" line="43"/>
        <source>“%1” is not a JPEG, PNG, BMP or WebP image. Choose a portrait photo.</source>
        <translation>“%1” is not a JPEG, PNG, BMP or WebP image. Choose a portrait photo.</translation>
    </message>
    <message>
        <location filename="../ui/inputs/input_checks.cpp" line="48"/>
        <source>“%1” is a damaged image: its header cannot be read.</source>
        <translation>“%1” is a damaged image: its header cannot be read.</translation>
    </message>
    <message>
        <location filename="../ui/inputs/input_checks.cpp" line="52"/>
        <source>“%1” is incomplete (the file was cut short). Copy it again.</source>
        <translation>“%1” is incomplete (the file was cut short). Copy it again.</translation>
    </message>
    <message>
        <location filename="../ui/inputs/input_checks.cpp" line="57"/>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../ui/inputs/input_checks.cpp" line="70"/>
        <source>“%1” has no usable audio: %2</source>
        <translation>“%1” has no usable audio: %2</translation>
    </message>
    <message>
        <location filename="../ui/inputs/input_checks.cpp" line="82"/>
        <source>“%1” is not a video that can be read: %2</source>
        <translation>“%1” is not a video that can be read: %2</translation>
    </message>
</context>
<context>
    <name>vx::ui::KeyframeLanes</name>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="68"/>
        <source>Keyframes: double-click a lane to add a key (its height sets the value), drag a key to move it (it snaps to the voice&apos;s words; Shift: no snapping), Delete removes it, right-click for the interpolation. Ctrl+Z undoes.</source>
        <translation>Keyframes: double-click a lane to add a key (its height sets the value), drag a key to move it (it snaps to the voice&apos;s words; Shift: no snapping), Delete removes it, right-click for the interpolation. Ctrl+Z undoes.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="78"/>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="80"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="82"/>
        <source>Head motion</source>
        <translation>Head motion</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="84"/>
        <source>Yaw offset</source>
        <translation>Yaw offset</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="86"/>
        <source>Pitch offset</source>
        <translation>Pitch offset</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="88"/>
        <source>Roll offset</source>
        <translation>Roll offset</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="90"/>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="263"/>
        <source>Add Key</source>
        <translation>Add Key</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="269"/>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="402"/>
        <source>Add Style Key</source>
        <translation>Add Style Key</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="284"/>
        <source>Change Style Key</source>
        <translation>Change Style Key</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="333"/>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="371"/>
        <source>Move Key</source>
        <translation>Move Key</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="362"/>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="449"/>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="452"/>
        <source>Delete Key</source>
        <translation>Delete Key</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="383"/>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="443"/>
        <source>Change Key Value</source>
        <translation>Change Key Value</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="405"/>
        <source>Add Key Here</source>
        <translation>Add Key Here</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="417"/>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="418"/>
        <source>Smooth</source>
        <translation>Smooth</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="419"/>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="428"/>
        <source>Change Interpolation</source>
        <translation>Change Interpolation</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="434"/>
        <source>Set Value…</source>
        <translation>Set Value…</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="440"/>
        <source>Key Value</source>
        <translation>Key Value</translation>
    </message>
    <message>
        <location filename="../ui/timeline/keyframe_lanes.cpp" line="447"/>
        <source>Change Style</source>
        <translation>Change Style</translation>
    </message>
</context>
<context>
    <name>vx::ui::MainWindow</name>
    <message>
        <location filename="../ui/window/main_window.cpp" line="97"/>
        <source>Engine device: CUDA GPU</source>
        <translation>Engine device: CUDA GPU</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="98"/>
        <source>Engine device: CPU (no CUDA GPU found)</source>
        <translation>Engine device: CPU (no CUDA GPU found)</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="167"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="168"/>
        <source>&amp;Export Preview…</source>
        <translation>&amp;Export Preview…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="169"/>
        <source>Writes the instant preview with the voice to an MP4 file.</source>
        <translation>Writes the instant preview with the voice to an MP4 file.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="170"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="171"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="173"/>
        <source>&amp;Playback</source>
        <translation>&amp;Playback</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="174"/>
        <source>Play/Pause</source>
        <translation>Play/Pause</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="175"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="176"/>
        <source>&amp;About VX Studio</source>
        <translation>&amp;About VX Studio</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="180"/>
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="185"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="186"/>
        <location filename="../ui/window/main_window_inputs.cpp" line="112"/>
        <source>Drop a portrait photo here, or click to choose one.</source>
        <translation>Drop a portrait photo here, or click to choose one.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="187"/>
        <source>Photos (*.jpg *.jpeg *.png *.bmp *.webp);;All files (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.bmp *.webp);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="188"/>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="189"/>
        <location filename="../ui/window/main_window_inputs.cpp" line="132"/>
        <source>Drop a voice recording or a video here, or click to choose one.</source>
        <translation>Drop a voice recording or a video here, or click to choose one.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="213"/>
        <source>Recordings and videos (*.wav *.mp3 *.flac *.m4a *.aac *.ogg *.opus *.mp4 *.mov *.mkv *.webm);;All files (*)</source>
        <translation>Recordings and videos (*.wav *.mp3 *.flac *.m4a *.aac *.ogg *.opus *.mp4 *.mov *.mkv *.webm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="181"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="196"/>
        <source>Driving video (optional)</source>
        <translation>Driving video (optional)</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="197"/>
        <location filename="../ui/window/main_window_driving.cpp" line="97"/>
        <source>Optional: drop a video of a face whose head motion the portrait should follow.</source>
        <translation>Optional: drop a video of a face whose head motion the portrait should follow.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="198"/>
        <source>Videos (*.mp4 *.mov *.mkv *.webm *.avi);;All files (*)</source>
        <translation>Videos (*.mp4 *.mov *.mkv *.webm *.avi);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="201"/>
        <source>Drop a portrait photo and a voice recording to begin.</source>
        <translation>Drop a portrait photo and a voice recording to begin.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="202"/>
        <source>Plays the instant preview with the voice (Space).</source>
        <translation>Plays the instant preview with the voice (Space).</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="203"/>
        <source>Moves through the clip frame by frame.</source>
        <translation>Moves through the clip frame by frame.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="182"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="183"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_export.cpp" line="26"/>
        <location filename="../ui/window/main_window_export.cpp" line="51"/>
        <source>Load a portrait and a voice recording before exporting.</source>
        <translation>Load a portrait and a voice recording before exporting.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_export.cpp" line="31"/>
        <source>-preview</source>
        <translation>-preview</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_export.cpp" line="30"/>
        <source>Export Preview</source>
        <translation>Export Preview</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="142"/>
        <source>Render Video</source>
        <translation>Render Video</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="142"/>
        <source>Draft Render</source>
        <translation>Draft Render</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="143"/>
        <source>-draft</source>
        <translation>-draft</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_queue.cpp" line="84"/>
        <location filename="../ui/window/main_window_render.cpp" line="143"/>
        <source>-vexpress</source>
        <translation>-vexpress</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="172"/>
        <source>A render is already running.</source>
        <translation>A render is already running.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_queue.cpp" line="59"/>
        <source>The render queue could not be saved: %1</source>
        <translation>The render queue could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_queue.cpp" line="68"/>
        <source>Render Queue</source>
        <translation>Render Queue</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_queue.cpp" line="69"/>
        <source>Render &amp;Queue</source>
        <translation>Render &amp;Queue</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_queue.cpp" line="70"/>
        <source>Add to Render &amp;Queue…</source>
        <translation>Add to Render &amp;Queue…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_queue.cpp" line="72"/>
        <source>Queues a render of the project as it is now (Ctrl+Alt+R); the queue renders its jobs one after the other.</source>
        <translation>Queues a render of the project as it is now (Ctrl+Alt+R); the queue renders its jobs one after the other.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_queue.cpp" line="74"/>
        <source>Add Other Recordings to Queue…</source>
        <translation>Add Other Recordings to Queue…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_queue.cpp" line="76"/>
        <source>Queues one render of this project per chosen recording, e.g. each language of a dub.</source>
        <translation>Queues one render of this project per chosen recording, e.g. each language of a dub.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="160"/>
        <source>Choose the V-Express model folder first (Settings → Models…).</source>
        <translation>Choose the V-Express model folder first (Settings → Models…).</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="164"/>
        <source>Load a portrait and a voice recording before rendering.</source>
        <translation>Load a portrait and a voice recording before rendering.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_queue.cpp" line="84"/>
        <source>Add to Render Queue</source>
        <translation>Add to Render Queue</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_queue.cpp" line="98"/>
        <source>Recordings to Render</source>
        <translation>Recordings to Render</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_queue.cpp" line="150"/>
        <source>Added to the render queue: %1</source>
        <translation>Added to the render queue: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="177"/>
        <source>The render queue is rendering: pause it first, or add this render to the queue (Render → Add to Render Queue…).</source>
        <translation>The render queue is rendering: pause it first, or add this render to the queue (Render → Add to Render Queue…).</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="185"/>
        <source>The loop range is too short to render: V-Express needs at least %1 s.</source>
        <translation>The loop range is too short to render: V-Express needs at least %1 s.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="224"/>
        <source>RENDERING</source>
        <translation>RENDERING</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="225"/>
        <source>The frames of the running render, as they are decoded.</source>
        <translation>The frames of the running render, as they are decoded.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="226"/>
        <source>Draft rendering to %1…</source>
        <translation>Draft rendering to %1…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="226"/>
        <source>Rendering to %1…</source>
        <translation>Rendering to %1…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="262"/>
        <source>Cancelling the render…</source>
        <translation>Cancelling the render…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="292"/>
        <source>Cancelled; the render so far is kept (%1): render to %2 again to resume it.</source>
        <translation>Cancelled; the render so far is kept (%1): render to %2 again to resume it.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="298"/>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="299"/>
        <source>Render cancelled; no file was written.</source>
        <translation>Render cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="302"/>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_render.cpp" line="303"/>
        <source>The render failed: %1</source>
        <translation>The render failed: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/main_window_render.cpp" line="305"/>
        <source>Rendered %n frame(s) at %1 fps to %2.</source>
        <translation>
            <numerusform>Rendered %n frame at %1 fps to %2.</numerusform>
            <numerusform>Rendered %n frames at %1 fps to %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_export.cpp" line="55"/>
        <source>An export is already running.</source>
        <translation>An export is already running.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_export.cpp" line="70"/>
        <source>Exporting the preview to “%1”…</source>
        <translation>Exporting the preview to “%1”…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_export.cpp" line="71"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_export.cpp" line="87"/>
        <source>Exporting the preview…</source>
        <translation>Exporting the preview…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_export.cpp" line="107"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_export.cpp" line="109"/>
        <source>The preview could not be exported: %1</source>
        <translation>The preview could not be exported: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/main_window_export.cpp" line="111"/>
        <source>Preview exported to %1 (%n frame(s)).</source>
        <translation>
            <numerusform>Preview exported to %1 (%n frame).</numerusform>
            <numerusform>Preview exported to %1 (%n frames).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_inputs.cpp" line="36"/>
        <source>Finding the face in “%1”…</source>
        <translation>Finding the face in “%1”…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_inputs.cpp" line="54"/>
        <source>Reading “%1”…</source>
        <translation>Reading “%1”…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_inputs.cpp" line="63"/>
        <source>The portrait cannot be used: %1</source>
        <translation>The portrait cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_inputs.cpp" line="78"/>
        <source>Portrait ready: %1</source>
        <translation>Portrait ready: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_inputs.cpp" line="79"/>
        <source>Portrait ready, with notes: %1</source>
        <translation>Portrait ready, with notes: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_inputs.cpp" line="88"/>
        <source>The recording cannot be used: %1</source>
        <translation>The recording cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_inputs.cpp" line="105"/>
        <source>Recording ready: %1</source>
        <translation>Recording ready: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_inputs.cpp" line="123"/>
        <source>%1 — %2 × %3 px; the dashed square is rendered</source>
        <translation>%1 — %2 × %3 px; the dashed square is rendered</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/main_window_inputs.cpp" line="137"/>
        <source>%1 — %2 s, %3 Hz, %n channel(s)</source>
        <translation>
            <numerusform>%1 — %2 s, %3 Hz, %n channel</numerusform>
            <numerusform>%1 — %2 s, %3 Hz, %n channels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_preview.cpp" line="42"/>
        <source>The performance cannot be built: %1</source>
        <translation>The performance cannot be built: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_preview.cpp" line="81"/>
        <source>frame %1 / %2</source>
        <translation>frame %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_preview.cpp" line="82"/>
        <source>no frames</source>
        <translation>no frames</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_preview.cpp" line="109"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_preview.cpp" line="109"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="67"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="68"/>
        <source>The project has unsaved changes. Do you want to save them?</source>
        <translation>The project has unsaved changes. Do you want to save them?</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="76"/>
        <source>Recover project</source>
        <translation>Recover project</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="77"/>
        <source>VX Studio did not close properly last time. Recover the unsaved project from %1?</source>
        <translation>VX Studio did not close properly last time. Recover the unsaved project from %1?</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="86"/>
        <source>&amp;New Project</source>
        <translation>&amp;New Project</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="87"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Open Project…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="88"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="89"/>
        <source>&amp;Save Project</source>
        <translation>&amp;Save Project</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="90"/>
        <source>Save Project &amp;As…</source>
        <translation>Save Project &amp;As…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="201"/>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="203"/>
        <source>%1[*] — VX Studio</source>
        <translation>%1[*] — VX Studio</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="253"/>
        <source>New project.</source>
        <translation>New project.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="260"/>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="261"/>
        <source>VX Studio projects (*.vxproj);;All files (*)</source>
        <translation>VX Studio projects (*.vxproj);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="272"/>
        <source>%1 is not a VX Studio project (.vxproj).</source>
        <translation>%1 is not a VX Studio project (.vxproj).</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="294"/>
        <source>Opening the project %1…</source>
        <translation>Opening the project %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/window/main_window_project.cpp" line="314"/>
        <source>The project&apos;s input %1 was not found (moved or deleted); the rest of the project is loaded. Choose the file again.</source>
        <translation>
            <numerusform>The project&apos;s input %1 was not found (moved or deleted); the rest of the project is loaded. Choose the file again.</numerusform>
            <numerusform>The project&apos;s inputs %1 were not found (moved or deleted); the rest of the project is loaded. Choose the files again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="358"/>
        <source>Save Project</source>
        <translation>Save Project</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="359"/>
        <source>VX Studio projects (*.vxproj)</source>
        <translation>VX Studio projects (*.vxproj)</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="377"/>
        <source>Project saved to %1</source>
        <translation>Project saved to %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_recovery.cpp" line="41"/>
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_recovery.cpp" line="57"/>
        <source>The autosaved project cannot be recovered: %1</source>
        <translation>The autosaved project cannot be recovered: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_recovery.cpp" line="64"/>
        <source>The unsaved project was recovered; save it to keep it.</source>
        <translation>The unsaved project was recovered; save it to keep it.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_recovery.cpp" line="90"/>
        <source>The interrupted render&apos;s state %1 cannot be deleted: %2</source>
        <translation>The interrupted render&apos;s state %1 cannot be deleted: %2</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_recovery.cpp" line="95"/>
        <source>The interrupted render of %1 was discarded.</source>
        <translation>The interrupted render of %1 was discarded.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_recovery.cpp" line="113"/>
        <source>The interrupted render cannot be resumed: %1</source>
        <translation>The interrupted render cannot be resumed: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_recovery.cpp" line="141"/>
        <source>Resuming the render of %1 once its inputs are loaded…</source>
        <translation>Resuming the render of %1 once its inputs are loaded…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="406"/>
        <source>The project %1 no longer exists; it was removed from the recent projects.</source>
        <translation>The project %1 no longer exists; it was removed from the recent projects.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_project.cpp" line="414"/>
        <source>No recent projects</source>
        <translation>No recent projects</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_settings.cpp" line="65"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_settings.cpp" line="66"/>
        <source>&amp;Models…</source>
        <translation>&amp;Models…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_settings.cpp" line="67"/>
        <source>Chooses and checks the V-Express model folder.</source>
        <translation>Chooses and checks the V-Express model folder.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_settings.cpp" line="68"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_settings.cpp" line="80"/>
        <source>No translation for the language “%1”.</source>
        <translation>No translation for the language “%1”.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_driving.cpp" line="48"/>
        <source>Following the face in “%1”…</source>
        <translation>Following the face in “%1”…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_driving.cpp" line="33"/>
        <source>Following the face in “%1”: frame %2 of %3…</source>
        <translation>Following the face in “%1”: frame %2 of %3…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_driving.cpp" line="70"/>
        <source>The driving video was removed; the head follows the voice alone.</source>
        <translation>The driving video was removed; the head follows the voice alone.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_driving.cpp" line="79"/>
        <source>The driving video cannot be used: %1</source>
        <translation>The driving video cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_driving.cpp" line="84"/>
        <source>Driving video ready: the head follows “%1”.</source>
        <translation>Driving video ready: the head follows “%1”.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_driving.cpp" line="92"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_driving.cpp" line="93"/>
        <source>Stops using the driving video.</source>
        <translation>Stops using the driving video.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_driving.cpp" line="101"/>
        <source>%1 — %2 frames at %3 fps, a face in %4</source>
        <translation>%1 — %2 frames at %3 fps, a face in %4</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_loop.cpp" line="56"/>
        <source>The rendered video cannot be shown: %1</source>
        <translation>The rendered video cannot be shown: %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="177"/>
        <source>&amp;System Information…</source>
        <translation>&amp;System Information…</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window.cpp" line="178"/>
        <source>Open &amp;Log Folder</source>
        <translation>Open &amp;Log Folder</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_settings.cpp" line="128"/>
        <source>V-Express Models</source>
        <translation>V-Express Models</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_settings.cpp" line="129"/>
        <source>No V-Express model folder is set. Download the models now (about 5 GB) into %1?

You can also choose a folder you already have in Settings → Models….</source>
        <translation>No V-Express model folder is set. Download the models now (about 5 GB) into %1?

You can also choose a folder you already have in Settings → Models….</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_styles.cpp" line="30"/>
        <source>Style “%1” chosen.</source>
        <translation>Style “%1” chosen.</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_keyframes.cpp" line="87"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_keyframes.cpp" line="88"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_keyframes.cpp" line="89"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_keyframes.cpp" line="90"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_keyframes.cpp" line="91"/>
        <source>Show &amp;Keyframe Lanes</source>
        <translation>Show &amp;Keyframe Lanes</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_keyframes.cpp" line="92"/>
        <source>Keyframes</source>
        <translation>Keyframes</translation>
    </message>
    <message>
        <location filename="../ui/window/main_window_keyframes.cpp" line="94"/>
        <source>Shows the lanes under the timeline where expression, identity, head motion, pose offsets and styles change over the clip (Ctrl+K).</source>
        <translation>Shows the lanes under the timeline where expression, identity, head motion, pose offsets and styles change over the clip (Ctrl+K).</translation>
    </message>
</context>
<context>
    <name>vx::ui::ModelDownloadDialog</name>
    <message>
        <location filename="../ui/dialogs/model_download_dialog.cpp" line="93"/>
        <source>Download V-Express Models</source>
        <translation>Download V-Express Models</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_download_dialog.cpp" line="95"/>
        <source>Downloading the V-Express release (about 5 GB) into %1. An interrupted download continues where it stopped the next time. The weights are for non-commercial research use only.</source>
        <translation>Downloading the V-Express release (about 5 GB) into %1. An interrupted download continues where it stopped the next time. The weights are for non-commercial research use only.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_download_dialog.cpp" line="116"/>
        <source>Listing the files on the hub…</source>
        <translation>Listing the files on the hub…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_download_dialog.cpp" line="154"/>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_download_dialog.cpp" line="169"/>
        <source>Verifying file %1 of %2: %3 (%4 of %5)</source>
        <translation>Verifying file %1 of %2: %3 (%4 of %5)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_download_dialog.cpp" line="170"/>
        <source>Downloading file %1 of %2: %3 (%4 of %5)</source>
        <translation>Downloading file %1 of %2: %3 (%4 of %5)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_download_dialog.cpp" line="175"/>
        <source>In all: %1 of %2</source>
        <translation>In all: %1 of %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_download_dialog.cpp" line="178"/>
        <source>%1/s, %2 left for this file, %3 left in all</source>
        <translation>%1/s, %2 left for this file, %3 left in all</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_download_dialog.cpp" line="191"/>
        <source>Every file is downloaded and verified.</source>
        <translation>Every file is downloaded and verified.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_download_dialog.cpp" line="194"/>
        <source>Download stopped. Start it again to continue where it stopped.</source>
        <translation>Download stopped. Start it again to continue where it stopped.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_download_dialog.cpp" line="196"/>
        <source>The download failed: %1</source>
        <translation>The download failed: %1</translation>
    </message>
</context>
<context>
    <name>vx::ui::ModelManagerDialog</name>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="114"/>
        <source>V-Express Models</source>
        <translation>V-Express Models</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="115"/>
        <source>Model folder:</source>
        <translation>Model folder:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="116"/>
        <source>The model_ckpts folder of the V-Express release</source>
        <translation>The model_ckpts folder of the V-Express release</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="117"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="122"/>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="122"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="122"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="136"/>
        <source>The render will run on the CPU in full precision (fp32): no CUDA GPU was found. Expect minutes per second of video.</source>
        <translation>The render will run on the CPU in full precision (fp32): no CUDA GPU was found. Expect minutes per second of video.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="142"/>
        <source>half precision (fp16)</source>
        <translation>half precision (fp16)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="145"/>
        <source>bfloat16 precision (bf16)</source>
        <translation>bfloat16 precision (bf16)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="148"/>
        <source>full precision (fp32)</source>
        <translation>full precision (fp32)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="151"/>
        <source>The render will run on the CPU in full precision (fp32), as chosen in the Quality settings; a CUDA GPU is available.</source>
        <translation>The render will run on the CPU in full precision (fp32), as chosen in the Quality settings; a CUDA GPU is available.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="155"/>
        <source>The render will run on the CUDA GPU (%n device(s) found) in %1.</source>
        <translation>
            <numerusform>The render will run on the CUDA GPU (%n device found) in %1.</numerusform>
            <numerusform>The render will run on the CUDA GPU (%n devices found) in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="161"/>
        <source>Licence: the V-Express weights are for non-commercial research use only; check the model card before any other use.</source>
        <translation>Licence: the V-Express weights are for non-commercial research use only; check the model card before any other use.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="172"/>
        <source>Choose the V-Express model folder</source>
        <translation>Choose the V-Express model folder</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="219"/>
        <source>No model folder is chosen. Everything but the V-Express render works without one.</source>
        <translation>No model folder is chosen. Everything but the V-Express render works without one.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="224"/>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="229"/>
        <source>UNet config</source>
        <translation>UNet config</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="230"/>
        <source>VAE config</source>
        <translation>VAE config</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="231"/>
        <source>VAE weights</source>
        <translation>VAE weights</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="232"/>
        <source>reference net</source>
        <translation>reference net</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="233"/>
        <source>denoising UNet</source>
        <translation>denoising UNet</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="234"/>
        <source>motion modules</source>
        <translation>motion modules</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="235"/>
        <source>V-kps guider</source>
        <translation>V-kps guider</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="236"/>
        <source>audio projection</source>
        <translation>audio projection</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="237"/>
        <source>wav2vec2 config</source>
        <translation>wav2vec2 config</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="238"/>
        <source>wav2vec2 preprocessor</source>
        <translation>wav2vec2 preprocessor</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="239"/>
        <source>wav2vec2 weights</source>
        <translation>wav2vec2 weights</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="263"/>
        <source>model folder</source>
        <translation>model folder</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="270"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="271"/>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="272"/>
        <source>broken</source>
        <translation>broken</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="278"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="283"/>
        <source>The model folder is complete: the V-Express render can use it.</source>
        <translation>The model folder is complete: the V-Express render can use it.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="284"/>
        <source>The model folder is not usable; the render needs it fixed (everything else keeps working):
%1</source>
        <translation>The model folder is not usable; the render needs it fixed (everything else keeps working):
%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="118"/>
        <source>Download…</source>
        <translation>Download…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/model_manager_dialog.cpp" line="120"/>
        <source>Downloads the V-Express release (about 5 GB) from the Hugging Face hub into this folder, or into the default folder when none is set.</source>
        <translation>Downloads the V-Express release (about 5 GB) from the Hugging Face hub into this folder, or into the default folder when none is set.</translation>
    </message>
</context>
<context>
    <name>vx::ui::ParametersPanel</name>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="126"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="122"/>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="130"/>
        <source>How strongly the voice drives the face: 0 % moves only the lips, 100 % gives lively mouth and brows (V-Express&apos;s audio attention weight 1.0 to 3.0).</source>
        <translation>How strongly the voice drives the face: 0 % moves only the lips, 100 % gives lively mouth and brows (V-Express&apos;s audio attention weight 1.0 to 3.0).</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="132"/>
        <source>Expression strength</source>
        <translation>Expression strength</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="134"/>
        <source>How tightly the render holds the photo&apos;s look: lower lets expression win over likeness, higher keeps the face closer to the photo (reference attention weight).</source>
        <translation>How tightly the render holds the photo&apos;s look: lower lets expression win over likeness, higher keeps the face closer to the photo (reference attention weight).</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="136"/>
        <source>Identity strength</source>
        <translation>Identity strength</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="137"/>
        <source>Still</source>
        <translation>Still</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="138"/>
        <source>Calm presenter</source>
        <translation>Calm presenter</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="139"/>
        <source>Lively speaker</source>
        <translation>Lively speaker</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="140"/>
        <source>Nodding listener</source>
        <translation>Nodding listener</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="142"/>
        <source>A starting point for the head motion: sets the amount, the ranges, the tempo and how much the head follows the speech.</source>
        <translation>A starting point for the head motion: sets the amount, the ranges, the tempo and how much the head follows the speech.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="144"/>
        <source>Head motion</source>
        <translation>Head motion</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="145"/>
        <source>How much of the ranges below the head uses: 0 % keeps it still.</source>
        <translation>How much of the ranges below the head uses: 0 % keeps it still.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="146"/>
        <source>Motion amount</source>
        <translation>Motion amount</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="147"/>
        <location filename="../ui/parameters/parameters_panel.cpp" line="150"/>
        <location filename="../ui/parameters/parameters_panel.cpp" line="153"/>
        <location filename="../ui/parameters/parameters_panel.cpp" line="157"/>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="148"/>
        <source>How far the head turns left and right at most.</source>
        <translation>How far the head turns left and right at most.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="149"/>
        <source>Yaw range</source>
        <translation>Yaw range</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="151"/>
        <source>How far the head nods up and down at most.</source>
        <translation>How far the head nods up and down at most.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="152"/>
        <source>Pitch range</source>
        <translation>Pitch range</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="154"/>
        <source>How far the head tilts sideways at most.</source>
        <translation>How far the head tilts sideways at most.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="155"/>
        <source>Roll range</source>
        <translation>Roll range</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="159"/>
        <source>The farthest the head may turn either way, for every kind of motion: the automatic one, the keyframed offsets and a driving video. The motion bends smoothly towards the limit; 90° limits nothing.</source>
        <translation>The farthest the head may turn either way, for every kind of motion: the automatic one, the keyframed offsets and a driving video. The motion bends smoothly towards the limit; 90° limits nothing.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="162"/>
        <source>Yaw limit</source>
        <translation>Yaw limit</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="164"/>
        <source>The farthest the head may nod either way, for every kind of motion.</source>
        <translation>The farthest the head may nod either way, for every kind of motion.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="165"/>
        <source>Pitch limit</source>
        <translation>Pitch limit</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="167"/>
        <source>The farthest the head may tilt either way, for every kind of motion.</source>
        <translation>The farthest the head may tilt either way, for every kind of motion.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="168"/>
        <source>Roll limit</source>
        <translation>Roll limit</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="169"/>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="171"/>
        <source>How often the head moves to a new position: 1 is about every 1.2 s, 2 twice as often.</source>
        <translation>How often the head moves to a new position: 1 is about every 1.2 s, 2 twice as often.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="173"/>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="175"/>
        <source>How much the head follows the voice: nods on stressed syllables, calm in pauses.</source>
        <translation>How much the head follows the voice: nods on stressed syllables, calm in pauses.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="176"/>
        <source>Speech follow</source>
        <translation>Speech follow</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="177"/>
        <source> /min</source>
        <translation> /min</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="179"/>
        <source>Automatic blinks per minute (people blink 10 to 20 times a minute when speaking); blinks placed on the timeline come on top.</source>
        <translation>Automatic blinks per minute (people blink 10 to 20 times a minute when speaking); blinks placed on the timeline come on top.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="181"/>
        <source>Blink rate</source>
        <translation>Blink rate</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="193"/>
        <source>Restores the performance defaults and removes the manual blinks.</source>
        <translation>Restores the performance defaults and removes the manual blinks.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="123"/>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="197"/>
        <source>Denoising steps of the render: more is slower and finer; V-Express uses 25.</source>
        <translation>Denoising steps of the render: more is slower and finer; V-Express uses 25.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="199"/>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="201"/>
        <source>Classifier-free guidance: how strongly the render follows the photo and the voice; 1 turns it off, V-Express uses 3.5.</source>
        <translation>Classifier-free guidance: how strongly the render follows the photo and the voice; 1 turns it off, V-Express uses 3.5.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="203"/>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="204"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="206"/>
        <source>The side of the square the model renders; the model was trained at 512 px. Larger needs much more GPU memory.</source>
        <translation>The side of the square the model renders; the model was trained at 512 px. Larger needs much more GPU memory.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="208"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="213"/>
        <source>Re-roll</source>
        <translation>Re-roll</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="214"/>
        <source>Picks a new random seed.</source>
        <translation>Picks a new random seed.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="215"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="216"/>
        <source>Where the render runs and with which precision.</source>
        <translation>Where the render runs and with which precision.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="217"/>
        <source>CUDA GPU, half precision (fp16)</source>
        <translation>CUDA GPU, half precision (fp16)</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="218"/>
        <source>CUDA GPU, bfloat16 precision (bf16)</source>
        <translation>CUDA GPU, bfloat16 precision (bf16)</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="219"/>
        <source>CUDA GPU, full precision (fp32)</source>
        <translation>CUDA GPU, full precision (fp32)</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="220"/>
        <source>CPU, full precision (fp32, very slow)</source>
        <translation>CPU, full precision (fp32, very slow)</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="225"/>
        <source>%1 — no CUDA GPU found</source>
        <translation>%1 — no CUDA GPU found</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="226"/>
        <source>This computer has no CUDA GPU that LibTorch can use.</source>
        <translation>This computer has no CUDA GPU that LibTorch can use.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="229"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="230"/>
        <source>Restores the quality defaults.</source>
        <translation>Restores the quality defaults.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="124"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="234"/>
        <source>V-Express renders whole 24-frame windows, so the video&apos;s frame rate follows from the recording&apos;s length: slightly below 30 fps, stretched to end with the voice.</source>
        <translation>V-Express renders whole 24-frame windows, so the video&apos;s frame rate follows from the recording&apos;s length: slightly below 30 fps, stretched to end with the voice.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="236"/>
        <source>Frame rate</source>
        <translation>Frame rate</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="242"/>
        <source>Square crop</source>
        <translation>Square crop</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="243"/>
        <source>Paste back into the photo</source>
        <translation>Paste back into the photo</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="245"/>
        <source>Square crop: the video shows the framed face only. Paste back: the animated square is blended into the whole photo.</source>
        <translation>Square crop: the video shows the framed face only. Paste back: the animated square is blended into the whole photo.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="247"/>
        <source>Framing</source>
        <translation>Framing</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="248"/>
        <source>Restores the output defaults.</source>
        <translation>Restores the output defaults.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="555"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="557"/>
        <source>recording too short (under 0.8 s)</source>
        <translation>recording too short (under 0.8 s)</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="559"/>
        <source>follows from the recording</source>
        <translation>follows from the recording</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="182"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="183"/>
        <source>How long one blink takes, closing and reopening.</source>
        <translation>How long one blink takes, closing and reopening.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="184"/>
        <source>Blink duration</source>
        <translation>Blink duration</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="186"/>
        <source>The seed of the head motion: the same seed gives the same movements.</source>
        <translation>The seed of the head motion: the same seed gives the same movements.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="187"/>
        <source>Motion seed</source>
        <translation>Motion seed</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="189"/>
        <source>The seed of the automatic blinks&apos; timing; the blinks placed on the timeline stay where they are.</source>
        <translation>The seed of the automatic blinks&apos; timing; the blinks placed on the timeline stay where they are.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="191"/>
        <source>Blink seed</source>
        <translation>Blink seed</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="210"/>
        <source>The random seed of the render&apos;s noise: the same seed gives the same result. The head motion and the blinks have their own seeds.</source>
        <translation>The random seed of the render&apos;s noise: the same seed gives the same result. The head motion and the blinks have their own seeds.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="237"/>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="239"/>
        <source>The frame rate asked of V-Express; the video&apos;s own rate follows from it and the recording&apos;s length.</source>
        <translation>The frame rate asked of V-Express; the video&apos;s own rate follows from it and the recording&apos;s length.</translation>
    </message>
    <message>
        <location filename="../ui/parameters/parameters_panel.cpp" line="241"/>
        <source>Target frame rate</source>
        <translation>Target frame rate</translation>
    </message>
</context>
<context>
    <name>vx::ui::PortraitView</name>
    <message>
        <location filename="../ui/inputs/portrait_view.cpp" line="39"/>
        <source>The dashed square is what is rendered. Drag it to move it, drag a corner or use the wheel to resize it, double-click to frame the face automatically.</source>
        <translation>The dashed square is what is rendered. Drag it to move it, drag a corner or use the wheel to resize it, double-click to frame the face automatically.</translation>
    </message>
</context>
<context>
    <name>vx::ui::PreviewClock</name>
    <message>
        <location filename="../ui/preview/preview_clock.cpp" line="28"/>
        <source>No audio output device: the preview plays without sound.</source>
        <translation>No audio output device: the preview plays without sound.</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_clock.cpp" line="47"/>
        <source>The audio player failed (%1): the preview plays without sound.</source>
        <translation>The audio player failed (%1): the preview plays without sound.</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_clock.cpp" line="141"/>
        <source>The audio player does not advance: the preview plays without sound.</source>
        <translation>The audio player does not advance: the preview plays without sound.</translation>
    </message>
</context>
<context>
    <name>vx::ui::PreviewToolsBar</name>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="56"/>
        <source>Set In</source>
        <translation>Set In</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="57"/>
        <source>Starts the loop range at the playhead.</source>
        <translation>Starts the loop range at the playhead.</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="58"/>
        <source>Set Out</source>
        <translation>Set Out</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="59"/>
        <source>Ends the loop range at the playhead.</source>
        <translation>Ends the loop range at the playhead.</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="60"/>
        <source>Clear Range</source>
        <translation>Clear Range</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="61"/>
        <source>Plays and drafts the whole clip again.</source>
        <translation>Plays and drafts the whole clip again.</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="63"/>
        <source>The preview loops over this range and Draft Render renders only it. Shift-drag on the timeline to select a range.</source>
        <translation>The preview loops over this range and Draft Render renders only it. Shift-drag on the timeline to select a range.</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="65"/>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="66"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="67"/>
        <source>Rendered</source>
        <translation>Rendered</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="68"/>
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="70"/>
        <source>Compare the instant preview with the last rendered video at the same moment.</source>
        <translation>Compare the instant preview with the last rendered video at the same moment.</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="91"/>
        <source>Loop %1 s – %2 s</source>
        <translation>Loop %1 s – %2 s</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_tools_bar.cpp" line="92"/>
        <source>Loop: whole clip</source>
        <translation>Loop: whole clip</translation>
    </message>
</context>
<context>
    <name>vx::ui::PreviewView</name>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="23"/>
        <location filename="../ui/preview/preview_view.cpp" line="48"/>
        <source>PREVIEW</source>
        <translation>PREVIEW</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_view.cpp" line="24"/>
        <location filename="../ui/preview/preview_view.cpp" line="48"/>
        <source>The instant preview: a fast draft without the neural model.</source>
        <translation>The instant preview: a fast draft without the neural model.</translation>
    </message>
</context>
<context>
    <name>vx::ui::RenderPanel</name>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="143"/>
        <source>&amp;Render…</source>
        <translation>&amp;Render…</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="144"/>
        <source>&amp;Draft Render…</source>
        <translation>&amp;Draft Render…</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="145"/>
        <source>&amp;Cancel Render</source>
        <translation>&amp;Cancel Render</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="146"/>
        <source>Stops the render (Esc); no file is left behind.</source>
        <translation>Stops the render (Esc); no file is left behind.</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="147"/>
        <source>&amp;Render</source>
        <translation>&amp;Render</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="169"/>
        <source>Load a portrait and a voice recording first.</source>
        <translation>Load a portrait and a voice recording first.</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="173"/>
        <source>Rendering needs the V-Express model folder: choose it in Settings → Models….</source>
        <translation>Rendering needs the V-Express model folder: choose it in Settings → Models….</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="177"/>
        <source>A render is running.</source>
        <translation>A render is running.</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="181"/>
        <source>The render queue is rendering: pause it first, or add this render to the queue.</source>
        <translation>The render queue is rendering: pause it first, or add this render to the queue.</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="185"/>
        <source>Renders the clip with V-Express into an MP4 file (Ctrl+R).</source>
        <translation>Renders the clip with V-Express into an MP4 file (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="186"/>
        <source>A quick look: at most %1 steps at %2 px, only the loop range when one is set (Ctrl+Shift+R).</source>
        <translation>A quick look: at most %1 steps at %2 px, only the loop range when one is set (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="34"/>
        <source>Preparing the portrait</source>
        <translation>Preparing the portrait</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="36"/>
        <source>Reading the voice</source>
        <translation>Reading the voice</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="38"/>
        <source>Following the driving video</source>
        <translation>Following the driving video</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="40"/>
        <source>Loading the model</source>
        <translation>Loading the model</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="42"/>
        <source>Encoding the reference image</source>
        <translation>Encoding the reference image</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="44"/>
        <source>Encoding the face keypoints</source>
        <translation>Encoding the face keypoints</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="46"/>
        <source>Encoding the voice</source>
        <translation>Encoding the voice</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="48"/>
        <source>Denoising</source>
        <translation>Denoising</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="50"/>
        <source>Decoding the frames</source>
        <translation>Decoding the frames</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="52"/>
        <source>Drawing the preview</source>
        <translation>Drawing the preview</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="54"/>
        <source>Finishing the file</source>
        <translation>Finishing the file</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="32"/>
        <source>Starting</source>
        <translation>Starting</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="216"/>
        <source>No render yet.</source>
        <translation>No render yet.</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="219"/>
        <source>Draft: %1</source>
        <translation>Draft: %1</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="219"/>
        <source>Render: %1</source>
        <translation>Render: %1</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="221"/>
        <source>Step %1 / %2</source>
        <translation>Step %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="224"/>
        <source>Window %1 / %2</source>
        <translation>Window %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="227"/>
        <source>Frames %1 / %2</source>
        <translation>Frames %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="230"/>
        <source>Elapsed %1</source>
        <translation>Elapsed %1</translation>
    </message>
    <message>
        <location filename="../ui/render/render_panel.cpp" line="231"/>
        <source>Time left %1</source>
        <translation>Time left %1</translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="24"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="26"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="27"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="35"/>
        <source>the GPU</source>
        <translation>the GPU</translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="35"/>
        <source>the CPU</source>
        <translation>the CPU</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/render/preflight_text.cpp" line="36"/>
        <source>%n frame(s) (%1 s of speech), %2 steps × %3 windows at %4 px on %5</source>
        <translation>
            <numerusform>%n frame (%1 s of speech), %2 steps × %3 windows at %4 px on %5</numerusform>
            <numerusform>%n frames (%1 s of speech), %2 steps × %3 windows at %4 px on %5</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="44"/>
        <source>Time: about %1, from this machine&apos;s measured speed</source>
        <translation>Time: about %1, from this machine&apos;s measured speed</translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="47"/>
        <source>; as a Draft about %1</source>
        <translation>; as a Draft about %1</translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="50"/>
        <source>Time: not known yet; the first render on this device is measured for the next estimates</source>
        <translation>Time: not known yet; the first render on this device is measured for the next estimates</translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="54"/>
        <source>Memory: about %1 of RAM (%2 available)</source>
        <translation>Memory: about %1 of RAM (%2 available)</translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="57"/>
        <source>, %1 of GPU memory</source>
        <translation>, %1 of GPU memory</translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="59"/>
        <source>Disk: about %1 for the video and %2 for the resume state (%3 free)</source>
        <translation>Disk: about %1 for the video and %2 for the resume state (%3 free)</translation>
    </message>
    <message>
        <location filename="../ui/render/preflight_text.cpp" line="62"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>vx::ui::RenderQueuePanel</name>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="66"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="68"/>
        <source>Rendering</source>
        <translation>Rendering</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="70"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="72"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="74"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="76"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="169"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="169"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="169"/>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="169"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="169"/>
        <source>Progress / result</source>
        <translation>Progress / result</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="170"/>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="171"/>
        <source>Renders the selected job earlier (Ctrl+Up).</source>
        <translation>Renders the selected job earlier (Ctrl+Up).</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="172"/>
        <source>Move Do&amp;wn</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="173"/>
        <source>Renders the selected job later (Ctrl+Down).</source>
        <translation>Renders the selected job later (Ctrl+Down).</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="174"/>
        <source>&amp;Cancel Job</source>
        <translation>&amp;Cancel Job</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="176"/>
        <source>Stops the selected job; what it finished is kept, so Retry continues it.</source>
        <translation>Stops the selected job; what it finished is kept, so Retry continues it.</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="177"/>
        <source>Re&amp;try</source>
        <translation>Re&amp;try</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="178"/>
        <source>Queues a failed, cancelled or done job again.</source>
        <translation>Queues a failed, cancelled or done job again.</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="179"/>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="181"/>
        <source>Removes the selected job from the queue (Delete); the files it wrote stay.</source>
        <translation>Removes the selected job from the queue (Delete); the files it wrote stay.</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="183"/>
        <source>Clear &amp;Done</source>
        <translation>Clear &amp;Done</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="184"/>
        <source>Removes every finished job from the list.</source>
        <translation>Removes every finished job from the list.</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="199"/>
        <source>%1 (draft)</source>
        <translation>%1 (draft)</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="203"/>
        <source>%1
Recording: %2
Portrait: %3</source>
        <translation>%1
Recording: %2
Portrait: %3</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="230"/>
        <source> · step %1 / %2</source>
        <translation> · step %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="232"/>
        <source> · %1 left</source>
        <translation> · %1 left</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="239"/>
        <source>&amp;Start Queue</source>
        <translation>&amp;Start Queue</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="239"/>
        <source>&amp;Pause Queue</source>
        <translation>&amp;Pause Queue</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="240"/>
        <source>Renders the waiting jobs one after the other.</source>
        <translation>Renders the waiting jobs one after the other.</translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="241"/>
        <source>Stops after saving the running job&apos;s progress; starting again continues it.</source>
        <translation>Stops after saving the running job&apos;s progress; starting again continues it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/render_queue_panel.cpp" line="266"/>
        <source>%n to render</source>
        <translation>
            <numerusform>%n to render</numerusform>
            <numerusform>%n to render</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/render_queue_panel.cpp" line="267"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/render_queue_panel.cpp" line="268"/>
        <source>%n failed or cancelled</source>
        <translation>
            <numerusform>%n failed or cancelled</numerusform>
            <numerusform>%n failed or cancelled</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/queue/render_queue_panel.cpp" line="270"/>
        <source>paused</source>
        <translation>paused</translation>
    </message>
</context>
<context>
    <name>vx::ui::RenderQueueRunner</name>
    <message>
        <location filename="../ui/queue/render_queue_runner.cpp" line="52"/>
        <source>The saved render queue could not be read (%1); it was moved to %2 and the queue starts empty.</source>
        <translation>The saved render queue could not be read (%1); it was moved to %2 and the queue starts empty.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/render_queue_runner.cpp" line="209"/>
        <source>%n frame(s) at %1 fps</source>
        <translation>
            <numerusform>%n frame at %1 fps</numerusform>
            <numerusform>%n frames at %1 fps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vx::ui::RenderedView</name>
    <message>
        <location filename="../ui/preview/rendered_view.cpp" line="13"/>
        <source>RENDERED</source>
        <translation>RENDERED</translation>
    </message>
    <message>
        <location filename="../ui/preview/rendered_view.cpp" line="13"/>
        <source>The last rendered video at the playhead.</source>
        <translation>The last rendered video at the playhead.</translation>
    </message>
    <message>
        <location filename="../ui/preview/rendered_view.cpp" line="15"/>
        <source>Not rendered at this moment: the green band on the timeline shows what has been rendered.</source>
        <translation>Not rendered at this moment: the green band on the timeline shows what has been rendered.</translation>
    </message>
</context>
<context>
    <name>vx::ui::ResumePrompt</name>
    <message>
        <location filename="../ui/render/resume_prompt.cpp" line="15"/>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../ui/render/resume_prompt.cpp" line="19"/>
        <source>&amp;Start Over</source>
        <translation>&amp;Start Over</translation>
    </message>
    <message>
        <location filename="../ui/render/resume_prompt.cpp" line="30"/>
        <location filename="../ui/render/resume_prompt.cpp" line="57"/>
        <source>Interrupted Render</source>
        <translation>Interrupted Render</translation>
    </message>
    <message>
        <location filename="../ui/render/resume_prompt.cpp" line="31"/>
        <source>An interrupted render of %1 was saved (%2).</source>
        <translation>An interrupted render of %1 was saved (%2).</translation>
    </message>
    <message>
        <location filename="../ui/render/resume_prompt.cpp" line="36"/>
        <source>Resume it where it stopped, or discard it and start over?</source>
        <translation>Resume it where it stopped, or discard it and start over?</translation>
    </message>
    <message>
        <location filename="../ui/render/resume_prompt.cpp" line="58"/>
        <source>The render of %1 was interrupted (%2). Resume it now?</source>
        <translation>The render of %1 was interrupted (%2). Resume it now?</translation>
    </message>
    <message>
        <location filename="../ui/render/resume_prompt.cpp" line="63"/>
        <source>No keeps it: rendering to the same file later offers to resume it. Discard deletes it.</source>
        <translation>No keeps it: rendering to the same file later offers to resume it. Discard deletes it.</translation>
    </message>
</context>
<context>
    <name>vx::ui::SaveStyleDialog</name>
    <message>
        <location filename="../ui/styles/save_style_dialog.cpp" line="20"/>
        <source>Save as Style</source>
        <translation>Save as Style</translation>
    </message>
    <message>
        <location filename="../ui/styles/save_style_dialog.cpp" line="23"/>
        <source>Saves the performance settings as a style of your own (the seeds, the blinks placed on the timeline and the quality settings are not part of a style).</source>
        <translation>Saves the performance settings as a style of your own (the seeds, the blinks placed on the timeline and the quality settings are not part of a style).</translation>
    </message>
    <message>
        <location filename="../ui/styles/save_style_dialog.cpp" line="32"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/styles/save_style_dialog.cpp" line="35"/>
        <source>What the style is for, in a few words</source>
        <translation>What the style is for, in a few words</translation>
    </message>
    <message>
        <location filename="../ui/styles/save_style_dialog.cpp" line="36"/>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../ui/styles/save_style_dialog.cpp" line="65"/>
        <source>Give the style a name.</source>
        <translation>Give the style a name.</translation>
    </message>
    <message>
        <location filename="../ui/styles/save_style_dialog.cpp" line="67"/>
        <source>This name cannot be used: %1.</source>
        <translation>This name cannot be used: %1.</translation>
    </message>
    <message>
        <location filename="../ui/styles/save_style_dialog.cpp" line="69"/>
        <source>“%1” is a built-in style; choose another name.</source>
        <translation>“%1” is a built-in style; choose another name.</translation>
    </message>
    <message>
        <location filename="../ui/styles/save_style_dialog.cpp" line="73"/>
        <source>You have a style called “%1”; saving replaces it.</source>
        <translation>You have a style called “%1”; saving replaces it.</translation>
    </message>
    <message>
        <location filename="../ui/styles/save_style_dialog.cpp" line="77"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../ui/styles/save_style_dialog.cpp" line="77"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>vx::ui::StudioInputs</name>
    <message>
        <location filename="../ui/inputs/studio_inputs.cpp" line="32"/>
        <source>%1: the face landmarks the preview needs were not found.</source>
        <translation>%1: the face landmarks the preview needs were not found.</translation>
    </message>
</context>
<context>
    <name>vx::ui::StylePicker</name>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="155"/>
        <source>Speaking style</source>
        <translation>Speaking style</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="157"/>
        <source>Click a style to use it: it sets expression, identity, head motion and blinks at once. Each picture shows the style on your portrait.</source>
        <translation>Click a style to use it: it sets expression, identity, head motion and blinks at once. Each picture shows the style on your portrait.</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="159"/>
        <source>Save as Style…</source>
        <translation>Save as Style…</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="160"/>
        <source>Saves the current performance settings as a style of your own.</source>
        <translation>Saves the current performance settings as a style of your own.</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="161"/>
        <source>Manage</source>
        <translation>Manage</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="162"/>
        <source>Rename, delete, import or export styles.</source>
        <translation>Rename, delete, import or export styles.</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="163"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="164"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="165"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="166"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="195"/>
        <source>your style</source>
        <translation>your style</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="195"/>
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="283"/>
        <source>No style chosen: each control has its own value.</source>
        <translation>No style chosen: each control has its own value.</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="288"/>
        <source>Style: %1</source>
        <translation>Style: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/styles/style_picker.cpp" line="289"/>
        <source>Style: %1 · modified (%n control(s) changed, shown in bold below)</source>
        <translation>
            <numerusform>Style: %1 · modified (%n control changed, shown in bold below)</numerusform>
            <numerusform>Style: %1 · modified (%n controls changed, shown in bold below)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="294"/>
        <source>Style: %1 · not among your styles; the project keeps its own values</source>
        <translation>Style: %1 · not among your styles; the project keeps its own values</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/styles/style_picker.cpp" line="297"/>
        <source>%n style file(s) could not be read: %1</source>
        <translation>
            <numerusform>%n style file could not be read: %1</numerusform>
            <numerusform>%n style files could not be read: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="354"/>
        <source>The style was not saved: %1</source>
        <translation>The style was not saved: %1</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="363"/>
        <source>Rename Style</source>
        <translation>Rename Style</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="363"/>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="376"/>
        <source>The style was not renamed: %1</source>
        <translation>The style was not renamed: %1</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="385"/>
        <source>Delete Style</source>
        <translation>Delete Style</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="386"/>
        <source>Delete your style “%1”? Projects that use it keep their values.</source>
        <translation>Delete your style “%1”? Projects that use it keep their values.</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="396"/>
        <source>The style was not deleted: %1</source>
        <translation>The style was not deleted: %1</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="411"/>
        <source>The style was not imported: %1</source>
        <translation>The style was not imported: %1</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="424"/>
        <source>The style was not exported: %1</source>
        <translation>The style was not exported: %1</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="430"/>
        <source>Import Style</source>
        <translation>Import Style</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="431"/>
        <location filename="../ui/styles/style_picker.cpp" line="441"/>
        <source>VX Studio styles (*.json)</source>
        <translation>VX Studio styles (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/styles/style_picker.cpp" line="441"/>
        <source>Export Style</source>
        <translation>Export Style</translation>
    </message>
</context>
<context>
    <name>vx::ui::SystemInfoDialog</name>
    <message>
        <location filename="../ui/dialogs/system_info_dialog.cpp" line="84"/>
        <source>System Information</source>
        <translation>System Information</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/system_info_dialog.cpp" line="86"/>
        <source>Paste this into a bug report: it names the versions, the devices, the libraries in use, the model folder&apos;s state and the log file.</source>
        <translation>Paste this into a bug report: it names the versions, the devices, the libraries in use, the model folder&apos;s state and the log file.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/system_info_dialog.cpp" line="88"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/system_info_dialog.cpp" line="90"/>
        <source>Collecting…</source>
        <translation>Collecting…</translation>
    </message>
</context>
<context>
    <name>vx::ui::TimelinePlot</name>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="131"/>
        <location filename="../ui/timeline/timeline_plot.cpp" line="132"/>
        <location filename="../ui/timeline/timeline_plot.cpp" line="140"/>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="133"/>
        <source>Yaw</source>
        <translation>Yaw</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="134"/>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="135"/>
        <source>Roll</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="138"/>
        <source>Blinks</source>
        <translation>Blinks</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="139"/>
        <source>Head yaw/pitch/roll</source>
        <translation>Head yaw/pitch/roll</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="141"/>
        <source>Time (s)</source>
        <translation>Time (s)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="142"/>
        <source>yaw</source>
        <translation>yaw</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="143"/>
        <source>pitch</source>
        <translation>pitch</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="144"/>
        <source>roll</source>
        <translation>roll</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="147"/>
        <source>Wheel: zoom the time axis. Drag: pan. Click on the blink lane: add or remove a blink. Click elsewhere: move the playhead. Shift-drag: select the loop range.</source>
        <translation>Wheel: zoom the time axis. Drag: pan. Click on the blink lane: add or remove a blink. Click elsewhere: move the playhead. Shift-drag: select the loop range.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timeline_plot.cpp" line="145"/>
        <location filename="../ui/timeline/timeline_plot.cpp" line="186"/>
        <source>±%1°</source>
        <translation>±%1°</translation>
    </message>
</context>
</TS>
