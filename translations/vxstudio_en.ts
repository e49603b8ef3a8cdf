<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>vx::ui::AboutDialog</name>
    <message>
        <location filename="../ui/about_dialog.cpp" line="13"/>
        <source>About VX Studio</source>
        <translation>About VX Studio</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="21"/>
        <source>&lt;h2&gt;VX Studio %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;VX Studio %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="26"/>
        <source>Talking-head videos from one portrait and a voice recording, driven by the V-Express model.</source>
        <translation>Talking-head videos from one portrait and a voice recording, driven by the V-Express model.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/about_dialog.cpp" line="44"/>
        <source>available (%n device(s))</source>
        <translation>
            <numerusform>available (%n device)</numerusform>
            <numerusform>available (%n devices)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="45"/>
        <source>not available (the engine runs on the CPU)</source>
        <translation>not available (the engine runs on the CPU)</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="46"/>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="47"/>
        <source>LibTorch: %1</source>
        <translation>LibTorch: %1</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="48"/>
        <source>OpenCV: %1</source>
        <translation>OpenCV: %1</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="49"/>
        <source>FFmpeg: %1</source>
        <translation>FFmpeg: %1</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="50"/>
        <source>CUDA: %1</source>
        <translation>CUDA: %1</translation>
    </message>
</context>
<context>
    <name>vx::ui::InputChecks</name>
    <message>
        <location filename="../ui/input_checks.cpp" line="20"/>
        <source>“%1” does not exist.</source>
        <translation>“%1” does not exist.</translation>
    </message>
    <message>
        <location filename="../ui/input_checks.cpp" line="22"/>
        <source>“%1” is not a file.</source>
        <translation>“%1” is not a file.</translation>
    </message>
    <message>
        <location filename="../ui/input_checks.cpp" line="24"/>
        <source>“%1” cannot be read: check its permissions.</source>
        <translation>“%1” cannot be read: check its permissions.</translation>
    </message>
    <message>
        <location filename="../ui/input_checks.cpp" line="28"/>
        <source>“%1” is empty.</source>
        <translation>“%1” is empty.</translation>
    </message>
    <message>
        <location filename="../ui/input_checks.cpp" line="41"/>
        <source>“%1” is not a JPEG, PNG, BMP or WebP image. Choose a portrait photo.</source>
        <translation>“%1” is not a JPEG, PNG, BMP or WebP image. Choose a portrait photo.</translation>
    </message>
    <message>
        <location filename="../ui/input_checks.cpp" line="46"/>
        <source>“%1” is a damaged image: its header cannot be read.</source>
        <translation>“%1” is a damaged image: its header cannot be read.</translation>
    </message>
    <message>
        <location filename="../ui/input_checks.cpp" line="50"/>
        <source>“%1” is incomplete (the file was cut short). Copy it again.</source>
        <translation>“%1” is incomplete (the file was cut short). Copy it again.</translation>
    </message>
    <message>
        <location filename="../ui/input_checks.cpp" line="55"/>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../ui/input_checks.cpp" line="68"/>
        <source>“%1” has no usable audio: %2</source>
        <translation>“%1” has no usable audio: %2</translation>
    </message>
</context>
<context>
    <name>vx::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="78"/>
        <source>Engine device: CUDA GPU</source>
        <translation>Engine device: CUDA GPU</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="79"/>
        <source>Engine device: CPU (no CUDA GPU found)</source>
        <translation>Engine device: CPU (no CUDA GPU found)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="100"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="101"/>
        <source>&amp;Export Preview…</source>
        <translation>&amp;Export Preview…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="104"/>
        <source>Writes the instant preview with the voice to an MP4 file.</source>
        <translation>Writes the instant preview with the voice to an MP4 file.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="106"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="110"/>
        <source>&amp;Playback</source>
        <translation>&amp;Playback</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="111"/>
        <source>Play/Pause</source>
        <translation>Play/Pause</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="116"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="117"/>
        <source>&amp;About VX Studio</source>
        <translation>&amp;About VX Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="122"/>
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="126"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="126"/>
        <location filename="../ui/main_window_inputs.cpp" line="92"/>
        <source>Drop a portrait photo here, or click to choose one.</source>
        <translation>Drop a portrait photo here, or click to choose one.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="127"/>
        <source>Photos (*.jpg *.jpeg *.png *.bmp *.webp);;All files (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.bmp *.webp);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="135"/>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="135"/>
        <location filename="../ui/main_window_inputs.cpp" line="112"/>
        <source>Drop a voice recording or a video here, or click to choose one.</source>
        <translation>Drop a voice recording or a video here, or click to choose one.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="136"/>
        <source>Recordings and videos (*.wav *.mp3 *.flac *.m4a *.aac *.ogg *.opus *.mp4 *.mov *.mkv *.webm);;All files (*)</source>
        <translation>Recordings and videos (*.wav *.mp3 *.flac *.m4a *.aac *.ogg *.opus *.mp4 *.mov *.mkv *.webm);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="157"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="161"/>
        <source>Drop a portrait photo and a voice recording to begin.</source>
        <translation>Drop a portrait photo and a voice recording to begin.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="167"/>
        <source>Plays the instant preview with the voice (Space).</source>
        <translation>Plays the instant preview with the voice (Space).</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="171"/>
        <source>Moves through the clip frame by frame.</source>
        <translation>Moves through the clip frame by frame.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="190"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="208"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="23"/>
        <location filename="../ui/main_window_export.cpp" line="39"/>
        <source>Load a portrait and a voice recording before exporting.</source>
        <translation>Load a portrait and a voice recording before exporting.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="29"/>
        <source>-preview</source>
        <translation>-preview</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="31"/>
        <source>Export Preview</source>
        <translation>Export Preview</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="32"/>
        <location filename="../ui/main_window_render.cpp" line="153"/>
        <location filename="../ui/main_window_render.cpp" line="166"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 video (*.mp4)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="43"/>
        <source>An export is already running.</source>
        <translation>An export is already running.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="57"/>
        <source>Exporting the preview to “%1”…</source>
        <translation>Exporting the preview to “%1”…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="58"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="96"/>
        <source>Exporting the preview…</source>
        <translation>Exporting the preview…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="112"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_export.cpp" line="114"/>
        <source>The preview could not be exported: %1</source>
        <translation>The preview could not be exported: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window_export.cpp" line="116"/>
        <source>Preview exported to %1 (%n frame(s)).</source>
        <translation>
            <numerusform>Preview exported to %1 (%n frame).</numerusform>
            <numerusform>Preview exported to %1 (%n frames).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window_inputs.cpp" line="32"/>
        <source>Finding the face in “%1”…</source>
        <translation>Finding the face in “%1”…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_inputs.cpp" line="42"/>
        <source>Reading “%1”…</source>
        <translation>Reading “%1”…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_inputs.cpp" line="51"/>
        <source>The portrait cannot be used: %1</source>
        <translation>The portrait cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_inputs.cpp" line="61"/>
        <source>Portrait ready: %1</source>
        <translation>Portrait ready: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_inputs.cpp" line="62"/>
        <source>Portrait ready, with notes: %1</source>
        <translation>Portrait ready, with notes: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_inputs.cpp" line="71"/>
        <source>The recording cannot be used: %1</source>
        <translation>The recording cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_inputs.cpp" line="85"/>
        <source>Recording ready: %1</source>
        <translation>Recording ready: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_inputs.cpp" line="103"/>
        <source>%1 — %2 × %3 px; the dashed square is rendered</source>
        <translation>%1 — %2 × %3 px; the dashed square is rendered</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window_inputs.cpp" line="117"/>
        <source>%1 — %2 s, %3 Hz, %n channel(s)</source>
        <translation>
            <numerusform>%1 — %2 s, %3 Hz, %n channel</numerusform>
            <numerusform>%1 — %2 s, %3 Hz, %n channels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window_preview.cpp" line="35"/>
        <source>The performance cannot be built: %1</source>
        <translation>The performance cannot be built: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_preview.cpp" line="71"/>
        <source>frame %1 / %2</source>
        <translation>frame %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window_preview.cpp" line="72"/>
        <source>no frames</source>
        <translation>no frames</translation>
    </message>
    <message>
        <location filename="../ui/main_window_preview.cpp" line="99"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/main_window_preview.cpp" line="99"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../ui/main_window_loop.cpp" line="56"/>
        <source>The rendered video cannot be shown: %1</source>
        <translation>The rendered video cannot be shown: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="153"/>
        <source>Render Video</source>
        <translation>Render Video</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="166"/>
        <source>Draft Render</source>
        <translation>Draft Render</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="173"/>
        <source>A render is already running.</source>
        <translation>A render is already running.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="177"/>
        <source>Choose the V-Express model folder first (Settings → Models…).</source>
        <translation>Choose the V-Express model folder first (Settings → Models…).</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="181"/>
        <source>Load a portrait and a voice recording before rendering.</source>
        <translation>Load a portrait and a voice recording before rendering.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="186"/>
        <source>The loop range is too short to render: V-Express needs at least %1 s.</source>
        <translation>The loop range is too short to render: V-Express needs at least %1 s.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="196"/>
        <source>RENDERING</source>
        <translation>RENDERING</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="197"/>
        <source>The frames of the running render, as they are decoded.</source>
        <translation>The frames of the running render, as they are decoded.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="198"/>
        <source>Draft rendering to %1…</source>
        <translation>Draft rendering to %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="198"/>
        <source>Rendering to %1…</source>
        <translation>Rendering to %1…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="208"/>
        <source>Cancelling the render…</source>
        <translation>Cancelling the render…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="231"/>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="232"/>
        <source>Render cancelled; no file was written.</source>
        <translation>Render cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="234"/>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window_render.cpp" line="235"/>
        <source>The render failed: %1</source>
        <translation>The render failed: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window_render.cpp" line="237"/>
        <source>Rendered %n frame(s) at %1 fps to %2.</source>
        <translation>
            <numerusform>Rendered %n frame at %1 fps to %2.</numerusform>
            <numerusform>Rendered %n frames at %1 fps to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vx::ui::ParametersPanel</name>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="49"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="68"/>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="74"/>
        <source>How strongly the voice drives the face: 0 % moves only the lips, 100 % gives lively mouth and brows (V-Express&apos;s audio attention weight 1.0 to 3.0).</source>
        <translation>How strongly the voice drives the face: 0 % moves only the lips, 100 % gives lively mouth and brows (V-Express&apos;s audio attention weight 1.0 to 3.0).</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="77"/>
        <source>Expression strength</source>
        <translation>Expression strength</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="80"/>
        <source>How tightly the render holds the photo&apos;s look: lower lets expression win over likeness, higher keeps the face closer to the photo (reference attention weight).</source>
        <translation>How tightly the render holds the photo&apos;s look: lower lets expression win over likeness, higher keeps the face closer to the photo (reference attention weight).</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="83"/>
        <source>Identity strength</source>
        <translation>Identity strength</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="88"/>
        <source>Still</source>
        <translation>Still</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="89"/>
        <source>Calm presenter</source>
        <translation>Calm presenter</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="90"/>
        <source>Lively speaker</source>
        <translation>Lively speaker</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="91"/>
        <source>Nodding listener</source>
        <translation>Nodding listener</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="93"/>
        <source>A starting point for the head motion: sets the amount, the ranges, the tempo and how much the head follows the speech.</source>
        <translation>A starting point for the head motion: sets the amount, the ranges, the tempo and how much the head follows the speech.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="95"/>
        <source>Head motion</source>
        <translation>Head motion</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="98"/>
        <source>How much of the ranges below the head uses: 0 % keeps it still.</source>
        <translation>How much of the ranges below the head uses: 0 % keeps it still.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="99"/>
        <source>Motion amount</source>
        <translation>Motion amount</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="100"/>
        <location filename="../ui/parameters_panel.cpp" line="103"/>
        <location filename="../ui/parameters_panel.cpp" line="106"/>
        <source> °</source>
        <translation> °</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="101"/>
        <source>How far the head turns left and right at most.</source>
        <translation>How far the head turns left and right at most.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="102"/>
        <source>Yaw range</source>
        <translation>Yaw range</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="104"/>
        <source>How far the head nods up and down at most.</source>
        <translation>How far the head nods up and down at most.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="105"/>
        <source>Pitch range</source>
        <translation>Pitch range</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="107"/>
        <source>How far the head tilts sideways at most.</source>
        <translation>How far the head tilts sideways at most.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="108"/>
        <source>Roll range</source>
        <translation>Roll range</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="109"/>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="110"/>
        <source>How often the head moves to a new position: 1 is about every 1.2 s, 2 twice as often.</source>
        <translation>How often the head moves to a new position: 1 is about every 1.2 s, 2 twice as often.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="113"/>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="116"/>
        <source>How much the head follows the voice: nods on stressed syllables, calm in pauses.</source>
        <translation>How much the head follows the voice: nods on stressed syllables, calm in pauses.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="118"/>
        <source>Speech follow</source>
        <translation>Speech follow</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="119"/>
        <source> /min</source>
        <translation> /min</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="120"/>
        <source>Automatic blinks per minute (people blink 10 to 20 times a minute when speaking); blinks placed on the timeline come on top.</source>
        <translation>Automatic blinks per minute (people blink 10 to 20 times a minute when speaking); blinks placed on the timeline come on top.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="123"/>
        <source>Blink rate</source>
        <translation>Blink rate</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="125"/>
        <source>Restores the performance defaults and removes the manual blinks.</source>
        <translation>Restores the performance defaults and removes the manual blinks.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="164"/>
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="172"/>
        <source>Denoising steps of the render: more is slower and finer; V-Express uses 25.</source>
        <translation>Denoising steps of the render: more is slower and finer; V-Express uses 25.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="174"/>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="176"/>
        <source>Classifier-free guidance: how strongly the render follows the photo and the voice; 1 turns it off, V-Express uses 3.5.</source>
        <translation>Classifier-free guidance: how strongly the render follows the photo and the voice; 1 turns it off, V-Express uses 3.5.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="179"/>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="184"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="186"/>
        <source>The side of the square the model renders; the model was trained at 512 px. Larger needs much more GPU memory.</source>
        <translation>The side of the square the model renders; the model was trained at 512 px. Larger needs much more GPU memory.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="188"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="195"/>
        <source>The random seed of the render&apos;s noise, the head motion and the blink timing: the same seed gives the same result.</source>
        <translation>The random seed of the render&apos;s noise, the head motion and the blink timing: the same seed gives the same result.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="197"/>
        <source>Re-roll</source>
        <translation>Re-roll</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="199"/>
        <source>Picks a new random seed.</source>
        <translation>Picks a new random seed.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="202"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="207"/>
        <source>Where the render runs and with which precision.</source>
        <translation>Where the render runs and with which precision.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="208"/>
        <source>CUDA GPU, half precision (fp16)</source>
        <translation>CUDA GPU, half precision (fp16)</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="209"/>
        <source>CUDA GPU, full precision (fp32)</source>
        <translation>CUDA GPU, full precision (fp32)</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="210"/>
        <source>CPU, full precision (fp32, very slow)</source>
        <translation>CPU, full precision (fp32, very slow)</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="216"/>
        <source>%1 — no CUDA GPU found</source>
        <translation>%1 — no CUDA GPU found</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="217"/>
        <source>This computer has no CUDA GPU that LibTorch can use.</source>
        <translation>This computer has no CUDA GPU that LibTorch can use.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="220"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="222"/>
        <source>Restores the quality defaults.</source>
        <translation>Restores the quality defaults.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="257"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="264"/>
        <source>V-Express renders whole 24-frame windows, so the video&apos;s frame rate follows from the recording&apos;s length: slightly below 30 fps, stretched to end with the voice.</source>
        <translation>V-Express renders whole 24-frame windows, so the video&apos;s frame rate follows from the recording&apos;s length: slightly below 30 fps, stretched to end with the voice.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="266"/>
        <source>Frame rate</source>
        <translation>Frame rate</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="270"/>
        <source>Square crop</source>
        <translation>Square crop</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="271"/>
        <source>Paste back into the photo</source>
        <translation>Paste back into the photo</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="273"/>
        <source>Square crop: the video shows the framed face only. Paste back: the animated square is blended into the whole photo.</source>
        <translation>Square crop: the video shows the framed face only. Paste back: the animated square is blended into the whole photo.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="275"/>
        <source>Framing</source>
        <translation>Framing</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="277"/>
        <source>Restores the output defaults.</source>
        <translation>Restores the output defaults.</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="333"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="335"/>
        <source>recording too short (under 0.8 s)</source>
        <translation>recording too short (under 0.8 s)</translation>
    </message>
    <message>
        <location filename="../ui/parameters_panel.cpp" line="337"/>
        <source>follows from the recording</source>
        <translation>follows from the recording</translation>
    </message>
</context>
<context>
    <name>vx::ui::PreviewClock</name>
    <message>
        <location filename="../ui/preview_clock.cpp" line="28"/>
        <source>No audio output device: the preview plays without sound.</source>
        <translation>No audio output device: the preview plays without sound.</translation>
    </message>
    <message>
        <location filename="../ui/preview_clock.cpp" line="47"/>
        <source>The audio player failed (%1): the preview plays without sound.</source>
        <translation>The audio player failed (%1): the preview plays without sound.</translation>
    </message>
    <message>
        <location filename="../ui/preview_clock.cpp" line="141"/>
        <source>The audio player does not advance: the preview plays without sound.</source>
        <translation>The audio player does not advance: the preview plays without sound.</translation>
    </message>
</context>
<context>
    <name>vx::ui::PreviewToolsBar</name>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="56"/>
        <source>Set In</source>
        <translation>Set In</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="57"/>
        <source>Starts the loop range at the playhead.</source>
        <translation>Starts the loop range at the playhead.</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="58"/>
        <source>Set Out</source>
        <translation>Set Out</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="59"/>
        <source>Ends the loop range at the playhead.</source>
        <translation>Ends the loop range at the playhead.</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="60"/>
        <source>Clear Range</source>
        <translation>Clear Range</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="61"/>
        <source>Plays and drafts the whole clip again.</source>
        <translation>Plays and drafts the whole clip again.</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="63"/>
        <source>The preview loops over this range and Draft Render renders only it. Shift-drag on the timeline to select a range.</source>
        <translation>The preview loops over this range and Draft Render renders only it. Shift-drag on the timeline to select a range.</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="65"/>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="66"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="67"/>
        <source>Rendered</source>
        <translation>Rendered</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="68"/>
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="70"/>
        <source>Compare the instant preview with the last rendered video at the same moment.</source>
        <translation>Compare the instant preview with the last rendered video at the same moment.</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="91"/>
        <source>Loop %1 s – %2 s</source>
        <translation>Loop %1 s – %2 s</translation>
    </message>
    <message>
        <location filename="../ui/preview_tools_bar.cpp" line="92"/>
        <source>Loop: whole clip</source>
        <translation>Loop: whole clip</translation>
    </message>
</context>
<context>
    <name>vx::ui::PreviewView</name>
    <message>
        <location filename="../ui/preview_view.cpp" line="35"/>
        <source>PREVIEW</source>
        <translation>PREVIEW</translation>
    </message>
    <message>
        <location filename="../ui/preview_view.cpp" line="35"/>
        <source>The instant preview: a fast draft without the neural model.</source>
        <translation>The instant preview: a fast draft without the neural model.</translation>
    </message>
</context>
<context>
    <name>vx::ui::RenderPanel</name>
    <message>
        <location filename="../ui/render_panel.cpp" line="105"/>
        <source>&amp;Render…</source>
        <translation>&amp;Render…</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="106"/>
        <source>&amp;Draft Render…</source>
        <translation>&amp;Draft Render…</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="107"/>
        <source>&amp;Cancel Render</source>
        <translation>&amp;Cancel Render</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="108"/>
        <source>Stops the render (Esc); no file is left behind.</source>
        <translation>Stops the render (Esc); no file is left behind.</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="109"/>
        <source>&amp;Render</source>
        <translation>&amp;Render</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="131"/>
        <source>Load a portrait and a voice recording first.</source>
        <translation>Load a portrait and a voice recording first.</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="135"/>
        <source>Rendering needs the V-Express model folder: choose it in Settings → Models….</source>
        <translation>Rendering needs the V-Express model folder: choose it in Settings → Models….</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="139"/>
        <source>A render is running.</source>
        <translation>A render is running.</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="142"/>
        <source>Renders the clip with V-Express into an MP4 file (Ctrl+R).</source>
        <translation>Renders the clip with V-Express into an MP4 file (Ctrl+R).</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="143"/>
        <source>A quick look: at most %1 steps at %2 px, only the loop range when one is set (Ctrl+Shift+R).</source>
        <translation>A quick look: at most %1 steps at %2 px, only the loop range when one is set (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="171"/>
        <source>Preparing the portrait</source>
        <translation>Preparing the portrait</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="173"/>
        <source>Reading the voice</source>
        <translation>Reading the voice</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="175"/>
        <source>Loading the model</source>
        <translation>Loading the model</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="177"/>
        <source>Encoding the reference image</source>
        <translation>Encoding the reference image</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="179"/>
        <source>Encoding the face keypoints</source>
        <translation>Encoding the face keypoints</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="181"/>
        <source>Denoising</source>
        <translation>Denoising</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="183"/>
        <source>Decoding the frames</source>
        <translation>Decoding the frames</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="185"/>
        <source>Finishing the file</source>
        <translation>Finishing the file</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="186"/>
        <source>Starting</source>
        <translation>Starting</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="193"/>
        <source>No render yet.</source>
        <translation>No render yet.</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="195"/>
        <source>Draft: %1</source>
        <translation>Draft: %1</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="195"/>
        <source>Render: %1</source>
        <translation>Render: %1</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="197"/>
        <source>Step %1 / %2</source>
        <translation>Step %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="200"/>
        <source>Window %1 / %2</source>
        <translation>Window %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="203"/>
        <source>Frames %1 / %2</source>
        <translation>Frames %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="206"/>
        <source>Elapsed %1</source>
        <translation>Elapsed %1</translation>
    </message>
    <message>
        <location filename="../ui/render_panel.cpp" line="207"/>
        <source>Time left %1</source>
        <translation>Time left %1</translation>
    </message>
</context>
<context>
    <name>vx::ui::RenderedView</name>
    <message>
        <location filename="../ui/rendered_view.cpp" line="13"/>
        <source>RENDERED</source>
        <translation>RENDERED</translation>
    </message>
    <message>
        <location filename="../ui/rendered_view.cpp" line="13"/>
        <source>The last rendered video at the playhead.</source>
        <translation>The last rendered video at the playhead.</translation>
    </message>
    <message>
        <location filename="../ui/rendered_view.cpp" line="15"/>
        <source>Not rendered at this moment: the green band on the timeline shows what has been rendered.</source>
        <translation>Not rendered at this moment: the green band on the timeline shows what has been rendered.</translation>
    </message>
</context>
<context>
    <name>vx::ui::StudioInputs</name>
    <message>
        <location filename="../ui/studio_inputs.cpp" line="31"/>
        <source>%1: the face landmarks the preview needs were not found.</source>
        <translation>%1: the face landmarks the preview needs were not found.</translation>
    </message>
</context>
<context>
    <name>vx::ui::TimelinePlot</name>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="59"/>
        <location filename="../ui/timeline_plot.cpp" line="60"/>
        <location filename="../ui/timeline_plot.cpp" line="77"/>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="63"/>
        <source>Yaw</source>
        <translation>Yaw</translation>
    </message>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="64"/>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="65"/>
        <source>Roll</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="75"/>
        <source>Blinks</source>
        <translation>Blinks</translation>
    </message>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="76"/>
        <source>Head yaw/pitch/roll</source>
        <translation>Head yaw/pitch/roll</translation>
    </message>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="81"/>
        <source>Time (s)</source>
        <translation>Time (s)</translation>
    </message>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="94"/>
        <source>yaw</source>
        <translation>yaw</translation>
    </message>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="95"/>
        <source>pitch</source>
        <translation>pitch</translation>
    </message>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="96"/>
        <source>roll</source>
        <translation>roll</translation>
    </message>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="103"/>
        <source>Wheel: zoom the time axis. Drag: pan. Click on the blink lane: add or remove a blink. Click elsewhere: move the playhead.</source>
        <translation>Wheel: zoom the time axis. Drag: pan. Click on the blink lane: add or remove a blink. Click elsewhere: move the playhead.</translation>
    </message>
    <message>
        <location filename="../ui/timeline_plot.cpp" line="152"/>
        <source>±%1°</source>
        <translation>±%1°</translation>
    </message>
</context>
</TS>
