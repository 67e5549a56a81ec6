<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>initviz::ui::BoundaryPanel</name>
    <message>
        <source>%1 — click to see its initial weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>Run state: not started yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>initviz::ui::BoundaryView</name>
    <message>
        <source>test, label 0</source>
        <extracomment>Legend: test-set points of class 0</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test, label 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train, label 0</source>
        <extracomment>Legend: training-set points of class 0</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train, label 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train %1</source>
        <extracomment>Accuracy on the training set; %1 is a percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test %1</source>
        <extracomment>Accuracy on the test set; %1 is a percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>initviz::ui::ComparisonFigure</name>
    <message>
        <source>Initialization comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figure could not be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layers %1  ·  learning rate %2  ·  %3 iterations  ·  %4 train / %5 test points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export %1: the figure is written as .png or .pdf, by the file name&apos;s suffix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>initviz::ui::CostView</name>
    <message>
        <source>Iteration</source>
        <extracomment>Axis label: gradient-descent iteration number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <extracomment>Axis label: the training cost (cross-entropy loss)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: infinite cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (diverged)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>initviz::ui::ExperimentForm</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Button: start training every selected initialization</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train every selected initialization side by side (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Button: stop the running training runs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every run where it is (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 iterations per second: the notebook&apos;s 15,000 iterations in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow</source>
        <extracomment>Training speed choice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast</source>
        <extracomment>Training speed choice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaced: as fast as this computer trains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast the runs train, so the class can watch; applies to running runs at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore notebook settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment&apos;s experiment: zeros, large random and He; layers 2,10,5,1; learning rate 0.01; 15,000 iterations; 300 + 100 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost every</source>
        <extracomment>Field name in a validation message: record the cost every N iterations
----------
Form label: record the cost every N iterations</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise</source>
        <extracomment>Field name in a validation message: make_circles noise
----------
Row label: standard deviation of the noise added to make_circles points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor</source>
        <extracomment>Field name in a validation message: make_circles factor
----------
Row label: make_circles factor, inner circle radius relative to outer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initializations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every selected scheme trains on the same data, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond the notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <extracomment>Group box title: the training (optimisation) settings</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient-descent step: W = W - learning_rate * dW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-batch gradient-descent steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record (and plot) the cost every this many iterations, like the notebook&apos;s print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer widths, input first: 2 inputs, hidden widths, 1 output (the notebook&apos;s is 2,10,5,1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>np.random.seed of the weight initialization (the notebook uses 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train every initialization with this many weight seeds (the weight seed, the next one, ...) to see whether its result holds for other random weights; 1 is the notebook&apos;s experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable loss</source>
        <extracomment>Checkbox: report the numerically stable cross-entropy loss</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the numerically stable cross-entropy (from the logits) instead of the notebook&apos;s formula, which is infinite when a prediction is exactly wrong. Training is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data (make_circles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points in the train set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points in the test set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>np.random.seed before the train set (notebook: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>np.random.seed before the test set (notebook: 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian noise added to each point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radius of the inner (blue) circle relative to the outer one, in [0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <extracomment>Column header: the training data set (make_circles train split)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <extracomment>Column header: the test data set (make_circles test split)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <extracomment>Row label: number of data points in the set</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <extracomment>Row label: random seed (np.random.seed) used to generate the set</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <extracomment>Button: stop the running runs and start again (first text); otherwise Start</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop these runs and start again from the current settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: enter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2, not “%3”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>initviz::ui::FigureExport</name>
    <message>
        <source>diverged</source>
        <extracomment>Figure note: the run&apos;s cost became NaN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <extracomment>Figure note: the run was stopped before its last iteration</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>initviz::ui::MainWindow</name>
    <message>
        <source>%1 s</source>
        <extracomment>Duration in seconds; %1 is a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InitViz — weight initialization, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#9e0142&apos;&gt;&amp;#9679;&lt;/span&gt; label 0 (red) &amp;nbsp; &lt;span style=&apos;color:#5e4fa2&apos;&gt;&amp;#9679;&lt;/span&gt; label 1 (blue) &amp;nbsp; shaded by the predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled dots: train points. Hollow circles: test points. The background is the network&apos;s prediction: red where it predicts 0, blue where it predicts 1, deeper where it is surer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show test points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the test set as hollow circles (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <extracomment>Section title: the plot of the training cost (loss) per iteration</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logarithmic cost axis (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost at every checkpoint, as the notebook prints it. ∞: the cost is infinite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <extracomment>Results table column: the trained model (initialization)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem/Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment</source>
        <extracomment>Dock title: the experiment settings form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understanding</source>
        <extracomment>Dock title: panel explaining what the initializations do</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the boundaries and the cost plot as a PNG or PDF figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;costs (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every recorded cost as run,iteration,cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <extracomment>Menu title: training runs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <extracomment>Menu action: start training</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore notebook settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;test points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log-scale cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen with larger text (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Understanding panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About InitViz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped at iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>Results table note: the run stopped with an error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diverged (NaN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>Run state: queued, not yet training</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready — press Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at iteration %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 iterations in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged</source>
        <extracomment>Run state: the cost became NaN (first) or training finished</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Run state: the run stopped with an error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cost recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost after iteration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n runs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Training %1 · iteration %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 iterations/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped %1 after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · settings changed: press Start to run them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready · %1 · press Start (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <extracomment>Menu action text: stop training (first) or start training</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window could not be captured as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export yet: press Start first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Start / stop&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Presenter mode (full screen, larger text); Esc leaves it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show or hide the test points&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Log-scale cost axis&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Export the figure (PNG or PDF)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About InitViz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;InitViz %1&lt;/h3&gt;&lt;p&gt;The “Initialization” assignment of deeplearning.ai&apos;s &lt;i&gt;Improving Deep Neural Networks&lt;/i&gt;, as a live classroom experiment: the same network trained from different initial weights, side by side.&lt;/p&gt;&lt;p&gt;Numbers reproduce the notebook&apos;s (numpy&apos;s generator, sklearn&apos;s make_circles).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>initviz::ui::PlotStyle</name>
    <message>
        <source>Model with %1 initialization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, seed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-layer NN with %2 initialization</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seeds)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>initviz::ui::SaveFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 is read-only (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>initviz::ui::UnderstandingPanel</name>
    <message>
        <source>&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;The starting point decides the outcome.&lt;/b&gt; Same network, same data, same learning rate: only the initial weights differ, and the results range from useless to excellent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Zeros never break the symmetry.&lt;/b&gt; Every unit of a layer starts the same, receives the same gradient and so stays the same: the layer behaves like a single unit. Here the network predicts one class everywhere (50%).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Random weights break the symmetry, but their size matters.&lt;/b&gt; Weights &amp;times;10 push the sigmoid to exactly 0 or 1: the first cost is infinite, learning crawls and the boundary stays ragged.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Match the scale to the activation.&lt;/b&gt; He initialization, randn&amp;nbsp;&amp;times;&amp;nbsp;&amp;radic;(2/n&lt;sub&gt;l&amp;minus;1&lt;/sub&gt;), keeps the signal&apos;s spread steady through ReLU layers: the cost falls fast and the circle appears.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose initial weights to show (or click a boundary panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you should remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an initialization to see its weights.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;code&gt;%1&lt;/code&gt;&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;seed %2 · %3&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;W%1&lt;/b&gt; %2×%3 · std %4</source>
        <extracomment>W%1: weight matrix of layer %1, %2x%3 its shape, std: standard deviation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W%1: %2 rows (units of layer %1) × %3 columns (inputs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b%1: every scheme starts the biases at zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1×%2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour scale: &lt;span style=&apos;color:#5e3c99&apos;&gt;&lt;b&gt;&amp;minus;%1&lt;/b&gt;&lt;/span&gt; &amp;hellip; 0 &amp;hellip; &lt;span style=&apos;color:#e66101&apos;&gt;&lt;b&gt;+%1&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every weight is exactly 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n rows are identical: the %n units of layer %1 compute the same thing, and get the same updates.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
