<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>vx::ui::AboutDialog</name>
    <message>
        <location filename="../ui/about_dialog.cpp" line="13" />
        <source>About VX Studio</source>
        <translation>About VX Studio</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="21" />
        <source>&lt;h2&gt;VX Studio %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;VX Studio %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="26" />
        <source>Talking-head videos from one portrait and a voice recording, driven by the V-Express model.</source>
        <translation>Talking-head videos from one portrait and a voice recording, driven by the V-Express model.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/about_dialog.cpp" line="44" />
        <source>available (%n device(s))</source>
        <translation>
            <numerusform>available (%n device)</numerusform>
            <numerusform>available (%n devices)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="45" />
        <source>not available (the engine runs on the CPU)</source>
        <translation>not available (the engine runs on the CPU)</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="46" />
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="47" />
        <source>LibTorch: %1</source>
        <translation>LibTorch: %1</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="48" />
        <source>OpenCV: %1</source>
        <translation>OpenCV: %1</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="49" />
        <source>FFmpeg: %1</source>
        <translation>FFmpeg: %1</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.cpp" line="50" />
        <source>CUDA: %1</source>
        <translation>CUDA: %1</translation>
    </message>
</context>
<context>
    <name>vx::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="60" />
        <source>Engine device: CUDA GPU</source>
        <translation>Engine device: CUDA GPU</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="61" />
        <source>Engine device: CPU (no CUDA GPU found)</source>
        <translation>Engine device: CPU (no CUDA GPU found)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="66" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="67" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="70" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="71" />
        <source>&amp;About VX Studio</source>
        <translation>&amp;About VX Studio</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="76" />
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="77" />
        <source>Portrait and voice recording</source>
        <translation>Portrait and voice recording</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="81" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="82" />
        <source>Drop a portrait photo and a voice recording to begin.</source>
        <translation>Drop a portrait photo and a voice recording to begin.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="86" />
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="87" />
        <source>Performance, quality and output settings</source>
        <translation>Performance, quality and output settings</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="91" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="92" />
        <source>Waveform, head motion and blinks</source>
        <translation>Waveform, head motion and blinks</translation>
    </message>
</context>
</TS>