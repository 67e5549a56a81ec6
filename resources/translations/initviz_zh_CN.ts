<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>initviz::core</name>
    <message>
        <source>unknown activation</source>
        <translation>未知的激活函数</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>%1: a line number in a data file; %2: what is wrong with that line</extracomment>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1: a data file&apos;s name; %2: what is wrong with it</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>binary data (byte %1), not a CSV text file of x1,x2,label rows</source>
        <extracomment>%1: the byte&apos;s code (&quot;0x00&quot;)</extracomment>
        <translation>二进制数据（字节 %1），不是由 x1,x2,label 行组成的 CSV 文本文件</translation>
    </message>
    <message>
        <source>the header has %1 columns; expected 3 (%2)</source>
        <extracomment>%1: how many columns the header has; %2: &quot;x1,x2,label&quot;</extracomment>
        <translation>表头有 %1 列；应为 3 列（%2）</translation>
    </message>
    <message>
        <source>missing columns: %1 fields; expected 3 (%2)</source>
        <extracomment>%1: how many fields the line has; %2: &quot;x1,x2,label&quot;</extracomment>
        <translation>缺少列：只有 %1 个字段；应为 3 个（%2）</translation>
    </message>
    <message>
        <source>extra columns: %1 fields; expected 3 (%2)</source>
        <extracomment>%1: how many fields the line has; %2: &quot;x1,x2,label&quot;</extracomment>
        <translation>多出列：有 %1 个字段；应为 3 个（%2）</translation>
    </message>
    <message>
        <source>%1 %2 is not a finite number</source>
        <extracomment>%1: the column (x1, x2 or label); %2: the field, quoted</extracomment>
        <translation>%1 %2 不是有限数</translation>
    </message>
    <message>
        <source>%1 %2 is out of range for a double</source>
        <extracomment>%1: the column (x1, x2 or label); %2: the field, quoted</extracomment>
        <translation>%1 %2 超出了双精度浮点数的范围</translation>
    </message>
    <message>
        <source>%1 %2 is not a number</source>
        <extracomment>%1: the column (x1, x2 or label); %2: the field, quoted</extracomment>
        <translation>%1 %2 不是数字</translation>
    </message>
    <message>
        <source>label %1 must be 0 or 1</source>
        <extracomment>%1: the label field, quoted</extracomment>
        <translation>标签 %1 必须是 0 或 1</translation>
    </message>
    <message>
        <source>more than 100,000 rows; the limit is 100,000 points</source>
        <translation>超过 100,000 行；上限为 100,000 个数据点</translation>
    </message>
    <message>
        <source>no data rows (expected x1,x2,label lines)</source>
        <translation>没有数据行（应为 x1,x2,label 行）</translation>
    </message>
    <message>
        <source>every point has label %1; both classes, 0 and 1, are needed</source>
        <extracomment>%1: the one label in the file, 0 or 1</extracomment>
        <translation>所有数据点的标签都是 %1；0 和 1 两个类别都需要</translation>
    </message>
    <message>
        <source>is a directory, not a CSV file</source>
        <translation>是一个目录，不是 CSV 文件</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <extracomment>%1: the system&apos;s reason, in English (&quot;No such file or directory&quot;)</extracomment>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>larger than 32 MB; the limit is 100,000 rows</source>
        <translation>大于 32 MB；上限为 100,000 行</translation>
    </message>
    <message>
        <source>cannot read: input/output error</source>
        <translation>无法读取：输入/输出错误</translation>
    </message>
    <message>
        <source>unknown data set kind</source>
        <translation>未知的数据集类型</translation>
    </message>
    <message>
        <source>%1: spread must be a finite number &gt; 0</source>
        <extracomment>%1: the generator (&quot;make_blobs&quot;); the spread of the blobs around their centres</extracomment>
        <translation>%1：散布必须是大于 0 的有限数</translation>
    </message>
    <message>
        <source>%1: factor must be in [0, 1), as in sklearn (got %2)</source>
        <extracomment>%1: the data set (&quot;circles&quot;) or its generator (&quot;make_circles&quot;); the circles&apos; factor</extracomment>
        <translation>%1：半径比必须在 [0, 1) 内，与 sklearn 相同（当前为 %2）</translation>
    </message>
    <message>
        <source>%1: spread must be a finite number &gt; 0 (got %2)</source>
        <extracomment>%1: the data set (&quot;blobs&quot;); the spread of the blobs around their centres</extracomment>
        <translation>%1：散布必须是大于 0 的有限数（当前为 %2）</translation>
    </message>
    <message>
        <source>%1: sample count must be at least %2 (got %3)</source>
        <extracomment>%1: &quot;train set&quot;, &quot;test set&quot; or a generator (&quot;make_moons&quot;); %2: the least; %3: given</extracomment>
        <translation>%1：样本数至少为 %2（当前为 %3）</translation>
    </message>
    <message>
        <source>%1: sample count must be at most %2 (got %3)</source>
        <extracomment>%1: &quot;train set&quot;, &quot;test set&quot; or a generator (&quot;make_moons&quot;); %2: the most; %3: given</extracomment>
        <translation>%1：样本数最多为 %2（当前为 %3）</translation>
    </message>
    <message>
        <source>%1: noise must be a finite number &gt;= 0 (got %2)</source>
        <extracomment>%1: the data set (&quot;moons&quot;) or its generator (&quot;make_moons&quot;)</extracomment>
        <translation>%1：噪声必须是大于或等于 0 的有限数（当前为 %2）</translation>
    </message>
    <message>
        <source>train set</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>test set</source>
        <translation>测试集</translation>
    </message>
    <message>
        <source>the depth experiment needs at least one initialization</source>
        <translation>深度实验至少需要一种初始化方法</translation>
    </message>
    <message>
        <source>the depth experiment needs at least one activation</source>
        <translation>深度实验至少需要一种激活函数</translation>
    </message>
    <message>
        <source>the width must be between %1 and %2 units, not %3</source>
        <translation>宽度必须在 %1 到 %2 个单元之间，而不是 %3</translation>
    </message>
    <message>
        <source>the depth must be between %1 and %2 hidden layers, not %3</source>
        <translation>深度必须在 %1 到 %2 个隐藏层之间，而不是 %3</translation>
    </message>
    <message>
        <source>W%1: %2 identical rows at the start and at the end</source>
        <extracomment>%1: the weight matrix&apos;s layer (W1, W2, ...); %2: its number of rows (units)</extracomment>
        <translation>W%1：开始和结束时都有 %2 行完全相同</translation>
    </message>
    <message>
        <source>cost NaN at iteration %1</source>
        <translation>第 %1 次迭代时代价为 NaN</translation>
    </message>
    <message>
        <source>cost still inf at iteration %1</source>
        <extracomment>inf: the cost is infinite</extracomment>
        <translation>第 %1 次迭代时代价仍为 inf</translation>
    </message>
    <message>
        <source>cost NaN after %1 iterations</source>
        <translation>%1 次迭代后代价为 NaN</translation>
    </message>
    <message>
        <source>cost inf after %1 iterations</source>
        <extracomment>inf: the cost is infinite</extracomment>
        <translation>%1 次迭代后代价为 inf</translation>
    </message>
    <message>
        <source>the final weights are not all finite</source>
        <translation>最终权重并非全是有限数</translation>
    </message>
    <message>
        <source>output saturated at the start on %1 of the points; cost inf at iteration 0</source>
        <extracomment>%1: a share of the points (&quot;33.5%&quot;); the sigmoid output is 0 or 1 there</extracomment>
        <translation>开始时输出在 %1 的数据点上饱和；第 0 次迭代时代价为 inf</translation>
    </message>
    <message>
        <source>output saturated at the start on %1 of the points</source>
        <extracomment>%1: a share of the points (&quot;33.5%&quot;); the sigmoid output is 0 or 1 there</extracomment>
        <translation>开始时输出在 %1 的数据点上饱和</translation>
    </message>
    <message>
        <source>activation std %1 in layer 1, %2 in layer %3 at the start</source>
        <extracomment>std: standard deviation of the layer&apos;s activations; %3: the last hidden layer&apos;s number</extracomment>
        <translation>开始时激活值的标准差：第 1 层为 %1，第 %3 层为 %2</translation>
    </message>
    <message>
        <source>%1 of the hidden ReLU outputs are 0 at the end</source>
        <extracomment>%1: a share of the hidden units&apos; outputs (&quot;80.0%&quot;)</extracomment>
        <translation>结束时隐藏层 ReLU 的输出中有 %1 为 0</translation>
    </message>
    <message>
        <source>cost stays above %1 over the last half (lowest %2)</source>
        <extracomment>%1: a cost; over the last half of the recorded costs; %2: the lowest of them</extracomment>
        <translation>后一半的代价始终高于 %1（最低为 %2）</translation>
    </message>
    <message>
        <source>train accuracy %1, test accuracy %2</source>
        <translation>训练集准确率 %1，测试集准确率 %2</translation>
    </message>
    <message>
        <source>final cost %1</source>
        <translation>最终代价 %1</translation>
    </message>
    <message>
        <source>final cost %1, train accuracy %2</source>
        <translation>最终代价 %1，训练集准确率 %2</translation>
    </message>
    <message>
        <source>select at least one initialization to compare</source>
        <translation>请至少选择一种要比较的初始化方法</translation>
    </message>
    <message>
        <source>the seed count must be at least 1</source>
        <translation>种子数量至少为 1</translation>
    </message>
    <message>
        <source>%1 seeds from %2 run past 4294967295, numpy&apos;s last seed</source>
        <extracomment>%1: how many weight seeds; %2: the first seed</extracomment>
        <translation>从 %2 开始的 %1 个种子超出了 numpy 的最后一个种子 4294967295</translation>
    </message>
    <message>
        <source>select at least one activation</source>
        <translation>请至少选择一种激活函数</translation>
    </message>
    <message>
        <source>%1 initializations with %2 activations and %3 seeds each make %4 runs; the window trains at most %5 side by side</source>
        <extracomment>%1 initializations x %2 activations x %3 seeds = %4 runs, more than %5</extracomment>
        <translation>%1 种初始化方法、%2 种激活函数、每种 %3 个种子，共 %4 次运行；窗口最多并排训练 %5 次运行</translation>
    </message>
    <message>
        <source>%1 initializations with %2 seeds each make %3 runs; the window trains at most %4 side by side</source>
        <extracomment>%1 initializations x %2 seeds = %3 runs, more than %4</extracomment>
        <translation>%1 种初始化方法、每种 %2 个种子，共 %3 次运行；窗口最多并排训练 %4 次运行</translation>
    </message>
    <message>
        <source>there are no train points</source>
        <translation>训练集中没有数据点</translation>
    </message>
    <message>
        <source>the train set has %1 points; at most %2 are allowed</source>
        <translation>训练集有 %1 个数据点；最多允许 %2 个</translation>
    </message>
    <message>
        <source>the train set has a point that is not finite</source>
        <translation>训练集中有坐标不是有限数的数据点</translation>
    </message>
    <message>
        <source>the train set has a label other than 0 and 1</source>
        <translation>训练集中有不是 0 或 1 的标签</translation>
    </message>
    <message>
        <source>the train set has no points of label 0 (red); both classes, 0 and 1, are needed</source>
        <translation>训练集中没有标签为 0（红色）的数据点；0 和 1 两个类别都需要</translation>
    </message>
    <message>
        <source>the train set has no points of label 1 (blue); both classes, 0 and 1, are needed</source>
        <translation>训练集中没有标签为 1（蓝色）的数据点；0 和 1 两个类别都需要</translation>
    </message>
    <message>
        <source>unknown initialization scheme</source>
        <translation>未知的初始化方法</translation>
    </message>
    <message>
        <source>a network needs at least an input and an output layer</source>
        <translation>网络至少需要一个输入层和一个输出层</translation>
    </message>
    <message>
        <source>every layer needs a width of at least 1 (got %1)</source>
        <translation>每层的宽度至少为 1（当前为 %1）</translation>
    </message>
    <message>
        <source>layers are empty; give widths like 2,10,5,1</source>
        <translation>层为空；请输入各层宽度，例如 2,10,5,1</translation>
    </message>
    <message>
        <source>layer %1 is empty; give widths like 2,10,5,1</source>
        <extracomment>%1: the layer&apos;s position in the list (1 for the first)</extracomment>
        <translation>第 %1 层为空；请输入各层宽度，例如 2,10,5,1</translation>
    </message>
    <message>
        <source>layer %1 is too wide: %2</source>
        <extracomment>%1: the layer&apos;s position in the list; %2: what was typed, quoted</extracomment>
        <translation>第 %1 层太宽：%2</translation>
    </message>
    <message>
        <source>layer %1 is not a whole number: %2</source>
        <extracomment>%1: the layer&apos;s position in the list; %2: what was typed, quoted</extracomment>
        <translation>第 %1 层不是整数：%2</translation>
    </message>
    <message>
        <source>layer %1 has width %2; every layer needs at least 1 unit</source>
        <extracomment>%1: the layer&apos;s position in the list; %2: its width as typed (0 or negative)</extracomment>
        <translation>第 %1 层的宽度为 %2；每层至少需要 1 个单元</translation>
    </message>
    <message>
        <source>more than %1 layers</source>
        <translation>超过 %1 层</translation>
    </message>
    <message>
        <source>layers need at least an input and an output width, like 2,1 or 2,10,5,1</source>
        <translation>至少需要输入层和输出层的宽度，例如 2,1 或 2,10,5,1</translation>
    </message>
    <message>
        <source>the first layer must be 2 (the points have two coordinates), got %1</source>
        <translation>第一层必须是 2（数据点有两个坐标），而不是 %1</translation>
    </message>
    <message>
        <source>the last layer must be 1 (one output: the probability of blue), got %1</source>
        <translation>最后一层必须是 1（一个输出：蓝色的概率），而不是 %1</translation>
    </message>
    <message>
        <source>no seeds; give seeds like 3, 1-4 or 1,5,9</source>
        <translation>没有种子；请输入种子，例如 3、1-4 或 1,5,9</translation>
    </message>
    <message>
        <source>seeds go from 0 to 4294967295 (numpy&apos;s range), got %1</source>
        <extracomment>%1: what was typed, quoted</extracomment>
        <translation>种子的范围是 0 到 4294967295（numpy 的范围），而不是 %1</translation>
    </message>
    <message>
        <source>%1 is neither a whole number nor a range like 1-4</source>
        <extracomment>%1: what was typed, quoted</extracomment>
        <translation>%1 既不是整数，也不是 1-4 这样的范围</translation>
    </message>
    <message>
        <source>item %1 is empty; give seeds like 3, 1-4 or 1,5,9</source>
        <extracomment>%1: the item&apos;s position in the comma-separated list of seeds</extracomment>
        <translation>第 %1 项为空；请输入种子，例如 3、1-4 或 1,5,9</translation>
    </message>
    <message>
        <source>the range %1 runs backwards</source>
        <extracomment>%1: the range as typed, quoted (&apos;9-3&apos;)</extracomment>
        <translation>范围 %1 是倒序的</translation>
    </message>
    <message>
        <source>more than %1 seeds</source>
        <translation>超过 %1 个种子</translation>
    </message>
    <message>
        <source>seed %1 is listed twice</source>
        <translation>种子 %1 重复出现</translation>
    </message>
    <message>
        <source>learning rate must be a finite number &gt; 0 (got %1)</source>
        <translation>学习率必须是大于 0 的有限数（当前为 %1）</translation>
    </message>
    <message>
        <source>iterations must be at least 1 (got %1)</source>
        <translation>迭代次数至少为 1（当前为 %1）</translation>
    </message>
    <message>
        <source>cost interval must be at least 1 (got %1)</source>
        <translation>代价记录间隔至少为 1（当前为 %1）</translation>
    </message>
    <message>
        <source>a cost every %1 of %2 iterations makes %3 cost points; the limit is %4, so raise the cost interval</source>
        <extracomment>%1: the cost interval; %2: the iterations; %3: the cost points this records</extracomment>
        <translation>在 %2 次迭代中每 %1 次记录一次代价，会得到 %3 个代价点；上限为 %4，请增大代价记录间隔</translation>
    </message>
    <message>
        <source>layers need at least an input and an output width</source>
        <translation>至少需要输入层和输出层的宽度</translation>
    </message>
    <message>
        <source>the first layer must be 2 (the points have two coordinates)</source>
        <translation>第一层必须是 2（数据点有两个坐标）</translation>
    </message>
    <message>
        <source>the last layer must be 1 (one output: the probability of blue)</source>
        <translation>最后一层必须是 1（一个输出：蓝色的概率）</translation>
    </message>
    <message>
        <source>layer %1 needs at least 1 unit</source>
        <translation>第 %1 层至少需要 1 个单元</translation>
    </message>
    <message>
        <source>layers %1 need %2 parameters; the limit is %3</source>
        <extracomment>%1: the layer widths (&quot;2,5000,5000,1&quot;); %2: their parameter count</extracomment>
        <translation>层 %1 需要 %2 个参数；上限为 %3</translation>
    </message>
    <message>
        <source>layers %1 on %2 samples need %3 GiB of activations; the limit is 2 GiB</source>
        <extracomment>%1: the layer widths; %2: the number of points; %3: gibibytes of memory</extracomment>
        <translation>层 %1 在 %2 个样本上需要 %3 GiB 的激活值；上限为 2 GiB</translation>
    </message>
</context>
<context>
    <name>initviz::ui::AnimationExport</name>
    <message>
        <source>iteration %1</source>
        <extracomment>Animation frame note: the iteration whose weights the panel shows</extracomment>
        <translation>第 %1 次迭代</translation>
    </message>
</context>
<context>
    <name>initviz::ui::BoundaryPanel</name>
    <message>
        <source>%1 — click to see its initial weights</source>
        <translation>%1 — 点击查看其初始权重</translation>
    </message>
    <message>
        <source>Ready</source>
        <extracomment>Run state: not started yet</extracomment>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Click to add a red point (label 0), Shift+click a blue one (label 1), Ctrl+click removes the nearest; every panel trains on the same points</source>
        <translation>单击添加红点（标签 0），Shift+单击添加蓝点（标签 1），Ctrl+单击删除最近的点；所有面板都在同一组点上训练</translation>
    </message>
</context>
<context>
    <name>initviz::ui::BoundaryView</name>
    <message>
        <source>test, label 0</source>
        <extracomment>Legend: test-set points of class 0</extracomment>
        <translation>测试集，标签 0</translation>
    </message>
    <message>
        <source>test, label 1</source>
        <translation>测试集，标签 1</translation>
    </message>
    <message>
        <source>train, label 0</source>
        <extracomment>Legend: training-set points of class 0</extracomment>
        <translation>训练集，标签 0</translation>
    </message>
    <message>
        <source>train, label 1</source>
        <translation>训练集，标签 1</translation>
    </message>
    <message>
        <source>Train %1</source>
        <extracomment>Accuracy on the training set; %1 is a percentage</extracomment>
        <translation>训练 %1</translation>
    </message>
    <message>
        <source>Test %1</source>
        <extracomment>Accuracy on the test set; %1 is a percentage</extracomment>
        <translation>测试 %1</translation>
    </message>
</context>
<context>
    <name>initviz::ui::ComparisonFigure</name>
    <message>
        <source>Initialization comparison</source>
        <translation>初始化方法对比</translation>
    </message>
    <message>
        <source>the figure could not be rendered</source>
        <translation>无法绘制图像</translation>
    </message>
    <message>
        <source>the PNG could not be encoded</source>
        <translation>无法编码 PNG 图像</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>无法创建 PDF 文件</translation>
    </message>
    <message>
        <source>layers %1  ·  learning rate %2  ·  %3 iterations  ·  %4 train / %5 test points</source>
        <translation>层 %1  ·  学习率 %2  ·  迭代 %3 次  ·  训练点 %4 / 测试点 %5</translation>
    </message>
    <message>
        <source>Cannot export %1: the figure is written as .png or .pdf, by the file name&apos;s suffix</source>
        <translation>无法导出 %1：图像按文件扩展名保存为 .png 或 .pdf</translation>
    </message>
</context>
<context>
    <name>initviz::ui::ControlStrip</name>
    <message>
        <source>Controls</source>
        <translation>控制栏</translation>
    </message>
</context>
<context>
    <name>initviz::ui::CostView</name>
    <message>
        <source>Iteration</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>代价</translation>
    </message>
    <message>
        <source>%1: infinite cost</source>
        <translation>%1：代价为无穷大</translation>
    </message>
    <message>
        <source>%1 (diverged)</source>
        <translation>%1（发散）</translation>
    </message>
    <message>
        <source>cost = ∞ (sigmoid saturated)</source>
        <translation>代价 = ∞（sigmoid 饱和）</translation>
    </message>
    <message>
        <source>%1 (%2 seeds)</source>
        <translation>%1（%2 个种子）</translation>
    </message>
    <message>
        <source>%1 (%2 seeds, %3 diverged)</source>
        <translation>%1（%2 个种子，%3 个发散）</translation>
    </message>
</context>
<context>
    <name>initviz::ui::Dataset</name>
    <message>
        <source>Circles (the notebook)</source>
        <extracomment>Data set kind: sklearn&apos;s make_circles, the notebook&apos;s data</extracomment>
        <translation>圆环（笔记本）</translation>
    </message>
    <message>
        <source>Moons</source>
        <extracomment>Data set kind: sklearn&apos;s make_moons, two interleaving half circles</extracomment>
        <translation>双月</translation>
    </message>
    <message>
        <source>Blobs</source>
        <extracomment>Data set kind: sklearn&apos;s make_blobs, two Gaussian clusters</extracomment>
        <translation>团簇</translation>
    </message>
    <message>
        <source>XOR</source>
        <extracomment>Data set kind: four squares, label 1 where the signs of x1 and x2 differ</extracomment>
        <translation>异或</translation>
    </message>
    <message>
        <source>Spiral</source>
        <extracomment>Data set kind: two interleaved spiral arms</extracomment>
        <translation>螺旋</translation>
    </message>
</context>
<context>
    <name>initviz::ui::DepthView</name>
    <message>
        <source>Activations (forward)</source>
        <translation>激活值（前向）</translation>
    </message>
    <message>
        <source>Gradients (backward)</source>
        <translation>梯度（反向）</translation>
    </message>
    <message>
        <source>Train this deep network</source>
        <translation>训练这个深层网络</translation>
    </message>
    <message>
        <source>The spread (standard deviation) of each layer&apos;s signal at initialization, on a log scale: flat means it survives the depth</source>
        <translation>初始化时每层信号的离散程度（标准差），对数刻度：平坦表示信号能穿过整个深度</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Units in every hidden layer</source>
        <translation>每个隐藏层的单元数</translation>
    </message>
    <message>
        <source>Number of hidden layers</source>
        <translation>隐藏层的层数</translation>
    </message>
    <message>
        <source>&amp;Width</source>
        <extracomment>Depth view: the slider&apos;s caption</extracomment>
        <translation>宽度(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Depth</source>
        <translation>深度(&amp;D)</translation>
    </message>
    <message>
        <source>The std of each layer&apos;s activations A, input to output</source>
        <translation>每层激活值 A 的标准差，从输入到输出</translation>
    </message>
    <message>
        <source>The std of each layer&apos;s gradients dZ, output back to input</source>
        <translation>每层梯度 dZ 的标准差，从输出回到输入</translation>
    </message>
    <message>
        <source>Put this network&apos;s layers into the experiment: press Start to see how it really trains</source>
        <translation>把这个网络的层数放入实验：按“开始”看它实际如何训练</translation>
    </message>
    <message>
        <source>On ReLU, He keeps the signal&apos;s spread flat through depth; Xavier and LeCun shrink it layer by layer; large random makes it explode.</source>
        <translation>使用 ReLU 时，He 初始化让信号的离散程度在各层保持平稳；Xavier 和 LeCun 让它逐层缩小；大随机值让它爆炸。</translation>
    </message>
    <message>
        <source>std of dZ</source>
        <translation>dZ 的标准差</translation>
    </message>
    <message>
        <source>std of A</source>
        <translation>A 的标准差</translation>
    </message>
    <message>
        <source>%1 (0: not drawn)</source>
        <extracomment>Depth view legend: %1 an initialization whose signal has no spread at all</extracomment>
        <translation>%1（为 0：不绘制）</translation>
    </message>
</context>
<context>
    <name>initviz::ui::ExperimentFile</name>
    <message>
        <source>the field “%1” is not one InitViz knows</source>
        <extracomment>%1: a field of the file, like &quot;training.speed&quot;</extracomment>
        <translation>字段“%1”不是 InitViz 认识的字段</translation>
    </message>
    <message>
        <source>the field “%1” is missing</source>
        <translation>缺少字段“%1”</translation>
    </message>
    <message>
        <source>“%1” must be a number</source>
        <translation>“%1”必须是数字</translation>
    </message>
    <message>
        <source>“%1” must be a number from %2 to %3, not %4</source>
        <extracomment>%1 field, %2 and %3 the range, %4 the value found</extracomment>
        <translation>“%1”必须是 %2 到 %3 之间的数，而不是 %4</translation>
    </message>
    <message>
        <source>“%1” is %2, with more than %3 decimals: the window keeps %3</source>
        <extracomment>%1 field, %2 the value, %3 how many decimals the window keeps</extracomment>
        <translation>“%1”为 %2，小数超过 %3 位：窗口只保留 %3 位</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3, not %4</source>
        <extracomment>%1 field, %2 and %3 the range, %4 the value found</extracomment>
        <translation>“%1”必须是 %2 到 %3 之间的整数，而不是 %4</translation>
    </message>
    <message>
        <source>“%1” must be true or false</source>
        <translation>“%1”必须是 true 或 false</translation>
    </message>
    <message>
        <source>“%1” must be text</source>
        <translation>“%1”必须是文本</translation>
    </message>
    <message>
        <source>“%1” must be a list</source>
        <translation>“%1”必须是列表</translation>
    </message>
    <message>
        <source>“%1” must be an object ({...})</source>
        <translation>“%1”必须是对象（{...}）</translation>
    </message>
    <message>
        <source>“%1” must be a list of names</source>
        <translation>“%1”必须是名称列表</translation>
    </message>
    <message>
        <source>“%1” lists “%2” twice</source>
        <extracomment>%1 field, %2 a name in it</extracomment>
        <translation>“%1”两次列出了“%2”</translation>
    </message>
    <message>
        <source>“%1” has %2 points; at most %3 are allowed</source>
        <extracomment>%1 field, %2 how many points it has, %3 the most allowed</extracomment>
        <translation>“%1”有 %2 个点；最多允许 %3 个</translation>
    </message>
    <message>
        <source>“%1”: point %2 must be [x1, x2, label], three numbers</source>
        <extracomment>%1 field, %2 the point&apos;s number (from 1)</extracomment>
        <translation>“%1”：第 %2 个点必须是 [x1, x2, label] 三个数</translation>
    </message>
    <message>
        <source>“%1”: point %2 has the label %3; the labels are 0 and 1</source>
        <extracomment>%1 field, %2 the point&apos;s number (from 1), %3 its label</extracomment>
        <translation>“%1”：第 %2 个点的标签为 %3；标签只能是 0 和 1</translation>
    </message>
    <message>
        <source>it is not an InitViz experiment: its “format” is not “initviz-experiment”</source>
        <translation>这不是 InitViz 实验：其“format”不是“initviz-experiment”</translation>
    </message>
    <message>
        <source>its “version” must be a whole number from 1</source>
        <translation>其“version”必须是从 1 起的整数</translation>
    </message>
    <message>
        <source>it is version %1, made by a newer InitViz; this one reads version %2</source>
        <extracomment>%1 the file&apos;s version, %2 the newest this program reads</extracomment>
        <translation>它是第 %1 版，由更新的 InitViz 创建；此版本只能读取第 %2 版</translation>
    </message>
    <message>
        <source>“%1”: there is no initialization “%2”</source>
        <extracomment>%1 field, %2 the name found</extracomment>
        <translation>“%1”：没有名为“%2”的初始化方法</translation>
    </message>
    <message>
        <source>“%1”: there is no activation “%2”</source>
        <extracomment>%1 field, %2 the name found</extracomment>
        <translation>“%1”：没有名为“%2”的激活函数</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <extracomment>%1 field, %2 the core&apos;s reason</extracomment>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>“%1”: there is no data set “%2”; there are %3</source>
        <extracomment>%1 field, %2 the name found, %3 the names there are</extracomment>
        <translation>“%1”：没有名为“%2”的数据集；可用的有 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a file, %2 what is wrong with it</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <extracomment>%1 Qt&apos;s reason (English), %2 the byte where it was found</extracomment>
        <translation>它不是 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>it is not an InitViz experiment: it is JSON, but not an object ({...})</source>
        <translation>这不是 InitViz 实验：它是 JSON，但不是对象（{...}）</translation>
    </message>
    <message>
        <source>there is no such file, or it cannot be reached</source>
        <translation>文件不存在或无法访问</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>它不是普通文件</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB, more than an experiment file can be</source>
        <translation>它大于 %1 MiB，超出了实验文件的上限</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 a file, %2 what the core finds wrong with the experiment</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>initviz::ui::ExperimentForm</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>Button: start training every selected initialization</extracomment>
        <translation>开始</translation>
    </message>
    <message>
        <source>Train every selected initialization side by side (Space)</source>
        <translation>并排训练所有选中的初始化方法（空格键）</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Button: stop the running training runs</extracomment>
        <translation>停止</translation>
    </message>
    <message>
        <source>%1 iterations per second: the notebook&apos;s 15,000 iterations in %2 s</source>
        <translation>每秒迭代 %1 次：作业中的 15,000 次迭代需 %2 秒</translation>
    </message>
    <message>
        <source>Slow</source>
        <extracomment>Training speed choice</extracomment>
        <translation>慢速</translation>
    </message>
    <message>
        <source>Classroom pace</source>
        <translation>课堂速度</translation>
    </message>
    <message>
        <source>Fast</source>
        <extracomment>Training speed choice</extracomment>
        <translation>快速</translation>
    </message>
    <message>
        <source>Maximum speed</source>
        <translation>最快速度</translation>
    </message>
    <message>
        <source>Unpaced: as fast as this computer trains</source>
        <translation>不限速：以这台电脑的最快速度训练</translation>
    </message>
    <message>
        <source>How fast the runs train, so the class can watch; applies to running runs at once</source>
        <translation>训练的速度，便于全班观看；对正在进行的训练立即生效</translation>
    </message>
    <message>
        <source>Restore notebook settings</source>
        <translation>恢复作业设置</translation>
    </message>
    <message>
        <source>The assignment&apos;s experiment: zeros, large random and He; layers 2,10,5,1; learning rate 0.01; 15,000 iterations; 300 + 100 points</source>
        <translation>作业中的实验：零初始化、大随机初始化和 He 初始化；层 2,10,5,1；学习率 0.01；迭代 15,000 次；300 + 100 个数据点</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>Cost every</source>
        <extracomment>Field name in a validation message: record the cost every N iterations
----------
Form label: record the cost every N iterations</extracomment>
        <translation>代价记录间隔</translation>
    </message>
    <message>
        <source>Weight seed</source>
        <translation>权重随机种子</translation>
    </message>
    <message>
        <source>Seed count</source>
        <translation>种子数量</translation>
    </message>
    <message>
        <source>Train samples</source>
        <translation>训练样本数</translation>
    </message>
    <message>
        <source>Test samples</source>
        <translation>测试样本数</translation>
    </message>
    <message>
        <source>Train seed</source>
        <translation>训练集种子</translation>
    </message>
    <message>
        <source>Test seed</source>
        <translation>测试集种子</translation>
    </message>
    <message>
        <source>Noise</source>
        <extracomment>Field name in a validation message: make_circles noise
----------
Row label: standard deviation of the noise added to the generated points</extracomment>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Factor</source>
        <extracomment>Field name in a validation message: make_circles factor
----------
Row label: make_circles factor, inner circle radius relative to outer</extracomment>
        <translation>半径比</translation>
    </message>
    <message>
        <source>Initializations</source>
        <translation>初始化方法</translation>
    </message>
    <message>
        <source>Every selected scheme trains on the same data, side by side</source>
        <translation>每个选中的方法都在相同的数据上并排训练</translation>
    </message>
    <message>
        <source>Beyond the notebook</source>
        <translation>作业之外</translation>
    </message>
    <message>
        <source>Training</source>
        <extracomment>Group box title: the training (optimisation) settings</extracomment>
        <translation>训练</translation>
    </message>
    <message>
        <source>Gradient-descent step: W = W - learning_rate * dW</source>
        <translation>梯度下降步长：W = W - learning_rate * dW</translation>
    </message>
    <message>
        <source>Full-batch gradient-descent steps</source>
        <translation>全批量梯度下降的迭代次数</translation>
    </message>
    <message>
        <source>Record (and plot) the cost every this many iterations, like the notebook&apos;s print</source>
        <translation>每隔这么多次迭代记录（并绘制）一次代价，与作业中的打印一致</translation>
    </message>
    <message>
        <source>Layer widths, input first: 2 inputs, hidden widths, 1 output (the notebook&apos;s is 2,10,5,1)</source>
        <translation>各层宽度，从输入层开始：2 个输入、各隐藏层宽度、1 个输出（作业中为 2,10,5,1）</translation>
    </message>
    <message>
        <source>np.random.seed of the weight initialization (the notebook uses 3)</source>
        <translation>权重初始化的 np.random.seed（作业中为 3）</translation>
    </message>
    <message>
        <source>Train every initialization with this many weight seeds (the weight seed, the next one, ...) to see whether its result holds for other random weights; 1 is the notebook&apos;s experiment</source>
        <translation>用这么多个权重种子（权重种子、下一个种子……）训练每种初始化方法，看结论对其他随机权重是否同样成立；1 即作业中的实验</translation>
    </message>
    <message>
        <source>Stable loss</source>
        <extracomment>Checkbox: report the numerically stable cross-entropy loss</extracomment>
        <translation>数值稳定的损失</translation>
    </message>
    <message>
        <source>Report the numerically stable cross-entropy (from the logits) instead of the notebook&apos;s formula, which is infinite when a prediction is exactly wrong. Training is unchanged.</source>
        <translation>报告数值稳定的交叉熵（由 logits 计算），而不是作业中的公式——后者在预测完全错误时为无穷大。训练过程不变。</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Points in the train set</source>
        <translation>训练集中的数据点数</translation>
    </message>
    <message>
        <source>Points in the test set</source>
        <translation>测试集中的数据点数</translation>
    </message>
    <message>
        <source>np.random.seed before the train set (notebook: 1)</source>
        <translation>生成训练集前的 np.random.seed（作业：1）</translation>
    </message>
    <message>
        <source>np.random.seed before the test set (notebook: 2)</source>
        <translation>生成测试集前的 np.random.seed（作业：2）</translation>
    </message>
    <message>
        <source>Standard deviation of the Gaussian noise added to each point</source>
        <translation>加在每个数据点上的高斯噪声的标准差</translation>
    </message>
    <message>
        <source>Radius of the inner (blue) circle relative to the outer one, in [0, 1)</source>
        <translation>内圈（蓝色）相对于外圈的半径比，取值范围 [0, 1)</translation>
    </message>
    <message>
        <source>Train</source>
        <extracomment>Column header: the training data set (make_circles train split)</extracomment>
        <translation>训练集</translation>
    </message>
    <message>
        <source>Test</source>
        <extracomment>Column header: the test data set (make_circles test split)</extracomment>
        <translation>测试集</translation>
    </message>
    <message>
        <source>Samples</source>
        <extracomment>Row label: number of data points in the set</extracomment>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Seed</source>
        <extracomment>Row label: random seed (np.random.seed) used to generate the set</extracomment>
        <translation>种子</translation>
    </message>
    <message>
        <source>Restart</source>
        <extracomment>Button: stop the running runs and start again (first text); otherwise Start</extracomment>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Stop these runs and start again from the current settings</source>
        <translation>停止这些训练，并按当前设置重新开始</translation>
    </message>
    <message>
        <source>%1 is empty: enter %2</source>
        <translation>%1 为空：请输入%2</translation>
    </message>
    <message>
        <source>%1 must be %2, not “%3”</source>
        <translation>%1 必须是%2，而不是“%3”</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>%1 到 %2 之间的数</translation>
    </message>
    <message>
        <source>%1: write “%2” without the group separator “%3” (it could be read two ways); %1 must be %4</source>
        <extracomment>%1 field name, %2 the typed text, %3 the locale&apos;s group separator, %4 &quot;a number from ... to ...&quot;</extracomment>
        <translation>%1：请去掉“%2”中的千位分隔符“%3”（它有两种读法）；%1 必须是%4</translation>
    </message>
    <message>
        <source>Spread</source>
        <extracomment>Field name in a validation message: make_blobs cluster_std
----------
Row label: make_blobs cluster_std, how far the points spread around each centre</extracomment>
        <translation>散布</translation>
    </message>
    <message>
        <source>Data</source>
        <extracomment>Group box title: the data set the runs train on</extracomment>
        <translation>数据</translation>
    </message>
    <message>
        <source>The generated data set: each kind is seeded like the notebook, so numpy and sklearn give the same points</source>
        <translation>生成的数据集：每种都像笔记本那样设定种子，因此 numpy 和 sklearn 给出相同的点</translation>
    </message>
    <message>
        <source>Standard deviation of each blob around its centre (sklearn&apos;s cluster_std)</source>
        <translation>每个团簇围绕其中心的标准差（sklearn 的 cluster_std）</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Row label: which kind of generated data set (circles, moons, ...)</extracomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Use generated data</source>
        <translation>使用生成的数据</translation>
    </message>
    <message>
        <source>Forget your own points and train on the generated data set again</source>
        <translation>放弃你自己的点，重新在生成的数据集上训练</translation>
    </message>
    <message>
        <source>Clear points</source>
        <extracomment>Button: remove every train and test point (then click a panel to add new ones)</extracomment>
        <translation>清除点</translation>
    </message>
    <message>
        <source>Remove every point, then click a panel to add red points and Shift+click to add blue ones</source>
        <translation>删除所有点，然后单击面板添加红点，Shift+单击添加蓝点</translation>
    </message>
    <message numerus="yes">
        <source>Your own data (%n points, and %1 test points)</source>
        <translation>
            <numerusform>你自己的数据（%n 个点，另有 %1 个测试点）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own data (%n points)</source>
        <translation>
            <numerusform>你自己的数据（%n 个点）</numerusform>
        </translation>
    </message>
    <message>
        <source>Activations</source>
        <extracomment>Group box title: the hidden layers&apos; activation functions to compare</extracomment>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Every selected initialization trains with each selected hidden-layer activation; the output layer stays the notebook&apos;s sigmoid</source>
        <translation>每个选中的初始化方法都用每个选中的隐藏层激活函数训练；输出层仍是笔记本中的 sigmoid</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Its initialization: %4&lt;/p&gt;</source>
        <extracomment>Tooltip of an activation: %1 its title, %2 its formula, %3 its help, %4 the initialization meant for it</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;适合它的初始化：%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop every run where it is (Shift+Space)</source>
        <translation>立即停止所有训练（Shift+空格键）</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>Button: hold every run where it is (Resume continues it)</extracomment>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Step</source>
        <extracomment>Button: train every paused run one more iteration</extracomment>
        <translation>单步</translation>
    </message>
    <message>
        <source>Train every paused run one more iteration (→)</source>
        <translation>让每个已暂停的训练再迭代一次（→）</translation>
    </message>
    <message>
        <source>Next checkpoint</source>
        <extracomment>Button: train every paused run on to the next cost checkpoint</extracomment>
        <translation>下一个检查点</translation>
    </message>
    <message>
        <source>Train every paused run on to the next cost checkpoint (Shift+→)</source>
        <translation>让每个已暂停的训练继续到下一个代价检查点（Shift+→）</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Button: continue the paused runs (first text); otherwise Pause</extracomment>
        <translation>继续</translation>
    </message>
    <message>
        <source>Continue every run from where it holds (Space)</source>
        <translation>从暂停处继续所有训练（空格键）</translation>
    </message>
    <message>
        <source>Hold every run where it is, to look and ask (Space)</source>
        <translation>让所有训练停在当前迭代，便于观察和提问（空格键）</translation>
    </message>
</context>
<context>
    <name>initviz::ui::FigureExport</name>
    <message>
        <source>diverged</source>
        <extracomment>Figure note: the run&apos;s cost became NaN</extracomment>
        <translation>发散</translation>
    </message>
    <message>
        <source>stopped</source>
        <extracomment>Figure note: the run was stopped before its last iteration</extracomment>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>initviz::ui::GifWriter</name>
    <message>
        <source>the GIF could not be encoded (%1)</source>
        <translation>无法编码 GIF（%1）</translation>
    </message>
    <message>
        <source>Cannot export %1: the animation has no frames or no size</source>
        <translation>无法导出 %1：动画没有帧或没有尺寸</translation>
    </message>
    <message>
        <source>frame %1 could not be drawn at %2x%3</source>
        <translation>第 %1 帧无法以 %2x%3 绘制</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>导出已取消</translation>
    </message>
</context>
<context>
    <name>initviz::ui::GradientFlowView</name>
    <message>
        <source>Iteration</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>dW%1</source>
        <extracomment>Legend entry of the gradient-flow plot: layer %1&apos;s weight gradient</extracomment>
        <translation>dW%1</translation>
    </message>
    <message>
        <source>Some gradients are exactly 0: a log scale cannot draw them.</source>
        <translation>有些梯度恰好为 0：对数刻度无法画出它们。</translation>
    </message>
    <message>
        <source>The size of each layer&apos;s weight gradient ‖dW‖ as the run trains, on a log scale. Curves far apart: the gradient vanishes or explodes on its way back through the layers.</source>
        <translation>训练过程中每层权重梯度的大小 ‖dW‖（对数刻度）。曲线相距很远：梯度在反向穿过各层时消失或爆炸。</translation>
    </message>
    <message>
        <source>‖dW‖</source>
        <translation>‖dW‖</translation>
    </message>
    <message>
        <source>Measured from iteration %1, when this panel was opened.</source>
        <extracomment>%1 the first iteration measured</extracomment>
        <translation>自第 %1 次迭代（打开此面板时）起测量。</translation>
    </message>
</context>
<context>
    <name>initviz::ui::Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <extracomment>Language menu: use the desktop&apos;s language</extracomment>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>The language changes when InitViz next starts.</source>
        <translation>语言将在下次启动 InitViz 时更改。</translation>
    </message>
</context>
<context>
    <name>initviz::ui::Launcher</name>
    <message>
        <source>initviz: every run failed: %1
</source>
        <translation>initviz：所有运行都失败了：%1
</translation>
    </message>
    <message>
        <source>initviz: %1; starting from the notebook&apos;s settings, and remembering nothing this time
</source>
        <translation>initviz：%1；本次从笔记本的设置开始，且不记住任何设置
</translation>
    </message>
</context>
<context>
    <name>initviz::ui::LayerView</name>
    <message>
        <source>Press Start: each hidden layer&apos;s activations appear here as the run trains.</source>
        <translation>按“开始”：训练时，每个隐藏层的激活值会显示在这里。</translation>
    </message>
    <message>
        <source>Layer %1&apos;s activations A%1 over the train set: how many entries (units × samples) fall in each range</source>
        <translation>第 %1 层在训练集上的激活值 A%1：每个区间内有多少个元素（单元 × 样本）</translation>
    </message>
    <message>
        <source>&lt;b&gt;A%1&lt;/b&gt; mean %2 · std %3</source>
        <extracomment>Under a hidden layer&apos;s histogram: %1 layer, %2 mean, %3 std of its activations</extracomment>
        <translation>&lt;b&gt;A%1&lt;/b&gt; 均值 %2 · 标准差 %3</translation>
    </message>
    <message>
        <source> · dead %1</source>
        <extracomment>The share of a ReLU layer&apos;s activations that are exactly 0</extracomment>
        <translation> · 死亡 %1</translation>
    </message>
    <message>
        <source> · saturated %1</source>
        <extracomment>The share of a tanh/sigmoid layer&apos;s activations near its limits</extracomment>
        <translation> · 饱和 %1</translation>
    </message>
    <message>
        <source>dead %1 · sat %2</source>
        <extracomment>One-line summary of a run&apos;s hidden layers: the largest dead and saturated shares</extracomment>
        <translation>死亡 %1 · 饱和 %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;‖dW%1‖ %2 · std dZ%1 %3</source>
        <extracomment>‖dW‖: the size (Frobenius norm) of the layer&apos;s weight gradient; std dZ: the spread of its backpropagated error</extracomment>
        <translation>&lt;br&gt;‖dW%1‖ %2 · dZ%1 标准差 %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Output A%1&lt;/b&gt;: saturated %2 of the samples · ‖dW%1‖ %3 · std dZ%1 %4</source>
        <extracomment>The output layer: %1 its number, %2 the share of samples at exactly 0 or 1</extracomment>
        <translation>&lt;b&gt;输出 A%1&lt;/b&gt;：%2 的样本饱和 · ‖dW%1‖ %3 · dZ%1 标准差 %4</translation>
    </message>
</context>
<context>
    <name>initviz::ui::LayersPanel</name>
    <message>
        <source>Activations and gradients, now</source>
        <extracomment>Group title: each hidden layer&apos;s activations at the current iteration</extracomment>
        <translation>当前的激活值与梯度</translation>
    </message>
    <message>
        <source>Gradient flow</source>
        <extracomment>Group title: the plot of the gradient&apos;s size per layer over the iterations</extracomment>
        <translation>梯度流</translation>
    </message>
    <message>
        <source>Every run</source>
        <translation>所有运行</translation>
    </message>
    <message>
        <source>The largest share of dead ReLUs and of saturated units over the hidden layers of each run, at its latest snapshot</source>
        <translation>每次运行在最新快照时，各隐藏层中死亡 ReLU 与饱和单元所占的最大比例</translation>
    </message>
    <message>
        <source>&lt;i&gt;No run to show.&lt;/i&gt;</source>
        <translation>&lt;i&gt;没有可显示的运行。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Choose an experiment and press Start.</source>
        <translation>选择一个实验并按“开始”。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Press Start: each hidden layer&apos;s activations appear here as the run trains.</source>
        <translation>按“开始”：训练时，每个隐藏层的激活值会显示在这里。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · iteration %2</source>
        <extracomment>Title of the Layers panel: %1 the run, %2 the iteration its numbers are from</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 第 %2 次迭代</translation>
    </message>
    <message>
        <source>No layer statistics were recorded up to iteration %1.</source>
        <extracomment>Layers panel, replaying: no statistics were measured up to the iteration shown</extracomment>
        <translation>截至第 %1 次迭代尚未记录各层统计。</translation>
    </message>
</context>
<context>
    <name>initviz::ui::MainWindow</name>
    <message>
        <source>%1 s</source>
        <extracomment>Duration in seconds; %1 is a number</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Decision boundaries</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <source>Show test points</source>
        <translation>显示测试点</translation>
    </message>
    <message>
        <source>Draw the test set as hollow circles (T)</source>
        <translation>将测试集画为空心圆（T）</translation>
    </message>
    <message>
        <source>Cost</source>
        <extracomment>Section title: the plot of the training cost (loss) per iteration</extracomment>
        <translation>代价</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <source>Logarithmic cost axis (L)</source>
        <translation>代价轴使用对数坐标（L）</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Experiment</source>
        <extracomment>Dock title: the experiment settings form</extracomment>
        <translation>实验</translation>
    </message>
    <message>
        <source>Understanding</source>
        <extracomment>Dock title: panel explaining what the initializations do</extracomment>
        <translation>理解</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export figure…</source>
        <translation>导出图像(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the boundaries and the cost plot as a PNG or PDF figure</source>
        <translation>将决策边界和代价曲线保存为 PNG 或 PDF 图像</translation>
    </message>
    <message>
        <source>Export &amp;costs (CSV)…</source>
        <translation>导出代价(&amp;C)（CSV）…</translation>
    </message>
    <message>
        <source>Save every recorded cost as run,iteration,cost</source>
        <translation>将记录的每个代价保存为 run,iteration,cost</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <extracomment>Menu title: training runs</extracomment>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <extracomment>Menu action: start training
----------
Menu action text: pause the runs, resume them, or start training</extracomment>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Restore notebook settings</source>
        <translation>恢复作业设置(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;test points</source>
        <translation>显示测试点(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Log-scale cost</source>
        <translation>代价对数坐标(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen with larger text (F11)</source>
        <translation>全屏并放大文字（F11）</translation>
    </message>
    <message>
        <source>&amp;Understanding panel</source>
        <translation>理解面板(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About InitViz</source>
        <translation>关于 InitViz(&amp;A)</translation>
    </message>
    <message>
        <source>stopped at iteration %1</source>
        <translation>在第 %1 次迭代时停止</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>Results table note: the run stopped with an error</extracomment>
        <translation>失败</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>Run state: queued, not yet training</extracomment>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Ready — press Start</source>
        <translation>就绪 — 请按“开始”</translation>
    </message>
    <message>
        <source>Iteration %1 of %2</source>
        <translation>第 %1 次迭代，共 %2 次</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Stopped at iteration %1 of %2</source>
        <translation>在第 %1 次迭代时停止，共 %2 次</translation>
    </message>
    <message>
        <source>%1 %2 iterations in %3</source>
        <translation>%1 迭代 %2 次，用时 %3</translation>
    </message>
    <message>
        <source>Diverged —</source>
        <translation>发散 —</translation>
    </message>
    <message>
        <source>Done —</source>
        <translation>完成 —</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Stopped at %1</source>
        <translation>停止于 %1</translation>
    </message>
    <message>
        <source>Diverged</source>
        <extracomment>Run state: the cost became NaN (first) or training finished</extracomment>
        <translation>发散</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Run state: the run stopped with an error</extracomment>
        <translation>失败</translation>
    </message>
    <message>
        <source>1 run</source>
        <translation>1 个训练</translation>
    </message>
    <message numerus="yes">
        <source>%n runs</source>
        <translation>
            <numerusform>%n 个训练</numerusform>
        </translation>
    </message>
    <message>
        <source>Training %1 · iteration %2 of %3</source>
        <translation>正在训练 %1 · 第 %2 次迭代，共 %3 次</translation>
    </message>
    <message>
        <source>%1 iterations/s</source>
        <translation>每秒 %1 次迭代</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>正在停止 %1…</translation>
    </message>
    <message>
        <source>Stopped %1 after %2</source>
        <translation>%1 在 %2 后停止</translation>
    </message>
    <message>
        <source>Finished %1 in %2</source>
        <translation>%1已完成，用时 %2</translation>
    </message>
    <message>
        <source> · settings changed: press Start to run them</source>
        <translation> · 设置已更改：按“开始”运行</translation>
    </message>
    <message>
        <source>Ready · %1 · press Start (Space)</source>
        <translation>就绪 · %1 · 请按“开始”（空格键）</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>无法开始：%1</translation>
    </message>
    <message>
        <source>the window could not be captured as PNG</source>
        <translation>无法将窗口截取为 PNG 图像</translation>
    </message>
    <message>
        <source>There is nothing to export yet: press Start first.</source>
        <translation>还没有可导出的内容：请先按“开始”。</translation>
    </message>
    <message>
        <source>iteration %1</source>
        <translation>第 %1 次迭代</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export costs</source>
        <translation>导出代价</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About InitViz</source>
        <translation>关于 InitViz</translation>
    </message>
    <message>
        <source>&lt;h3&gt;InitViz %1&lt;/h3&gt;&lt;p&gt;The “Initialization” assignment of deeplearning.ai&apos;s &lt;i&gt;Improving Deep Neural Networks&lt;/i&gt;, as a live classroom experiment: the same network trained from different initial weights, side by side.&lt;/p&gt;&lt;p&gt;Numbers reproduce the notebook&apos;s (numpy&apos;s generator, sklearn&apos;s make_circles).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;InitViz %1&lt;/h3&gt;&lt;p&gt;把 deeplearning.ai《改善深层神经网络》中的“初始化”编程作业变成课堂上的实时实验：同一个网络从不同的初始权重开始训练，并排对比。&lt;/p&gt;&lt;p&gt;所有数字都与作业一致（numpy 的随机数生成器、sklearn 的 make_circles）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Weight initialization, live</source>
        <translation>权重初始化实时演示</translation>
    </message>
    <message>
        <source>&amp;Experiment settings</source>
        <translation>实验设置(&amp;E)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The experiment&apos;s settings beside the panels; closed, Start and the initializations are a strip along the top</source>
        <translation>在面板旁显示实验设置；关闭后，“开始”按钮和初始化方法显示为顶部的一条控制栏</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&amp;#9632;&lt;/span&gt; label 0 (red) &amp;nbsp; &lt;span style=&apos;color:%2&apos;&gt;&amp;#9632;&lt;/span&gt; label 1 (blue) &amp;nbsp; background: the predicted label</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&amp;#9632;&lt;/span&gt; 标签 0（红） &amp;nbsp; &lt;span style=&apos;color:%2&apos;&gt;&amp;#9632;&lt;/span&gt; 标签 1（蓝） &amp;nbsp; 背景为预测的标签</translation>
    </message>
    <message>
        <source>Filled dots: train points (red: dark with a white ring; blue: light with a dark ring). Hollow circles: test points. The background is the network&apos;s prediction: red where it predicts 0, blue where it predicts 1.</source>
        <translation>实心点：训练集数据点（红点为深色带白边，蓝点为浅色带深色边）。空心圆：测试集数据点。背景是网络的预测：预测为 0 处为红色，预测为 1 处为蓝色。</translation>
    </message>
    <message>
        <source>The cost at every checkpoint, as the notebook prints it. ∞ marker: %1.</source>
        <translation>每个检查点的代价，与作业中打印的一致。∞ 标记：%1。</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>Stop the runs first: the points change only while nothing trains</source>
        <translation>请先停止运行：只有在没有训练时才能修改点</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>打开数据</translation>
    </message>
    <message>
        <source>Could not open the data, nothing was changed:
%1</source>
        <translation>无法打开数据，未做任何更改：
%1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n points</source>
        <translation>
            <numerusform>已打开 %1：%n 个点</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no points to save.</source>
        <translation>没有可保存的点。</translation>
    </message>
    <message>
        <source>CSV file (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save data</source>
        <translation>保存数据</translation>
    </message>
    <message>
        <source>No points: click a panel to add red points, Shift+click to add blue ones</source>
        <translation>没有点：单击面板添加红点，Shift+单击添加蓝点</translation>
    </message>
    <message>
        <source>&amp;Open data…</source>
        <translation>打开数据(&amp;O)…</translation>
    </message>
    <message>
        <source>Train on your own points: a CSV file of x1,x2,label rows</source>
        <translation>在你自己的点上训练：由 x1,x2,label 行组成的 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Save data…</source>
        <translation>保存数据(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the train points as CSV (x1,x2,label)</source>
        <translation>将训练点保存为 CSV（x1,x2,label）</translation>
    </message>
    <message>
        <source>C&amp;lear points</source>
        <translation>清除点(&amp;L)</translation>
    </message>
    <message>
        <source>Remove every point, then click a panel to add red points, Shift+click blue ones</source>
        <translation>删除所有点，然后单击面板添加红点，Shift+单击添加蓝点</translation>
    </message>
    <message>
        <source>Layers</source>
        <extracomment>Dock title: inside the network, layer by layer</extracomment>
        <translation>网络层</translation>
    </message>
    <message>
        <source>&amp;Layers panel</source>
        <translation>网络层面板(&amp;L)</translation>
    </message>
    <message>
        <source>Inside the selected run: each layer&apos;s activations and gradients, and the gradients&apos; flow over the iterations</source>
        <translation>所选运行的内部：每层的激活值与梯度，以及梯度随迭代的流动</translation>
    </message>
    <message>
        <source>Docked panels</source>
        <extracomment>The tabs under docked panels that share a place (Understanding, Layers)</extracomment>
        <translation>停靠面板</translation>
    </message>
    <message>
        <source>Depth</source>
        <extracomment>Dock title: the signal&apos;s spread through a deep network at initialization</extracomment>
        <translation>深度</translation>
    </message>
    <message>
        <source>&amp;Depth experiment</source>
        <translation>深度实验(&amp;D)</translation>
    </message>
    <message>
        <source>What happens to the signal through depth: each layer&apos;s spread at initialization, for every chosen initialization (Ctrl+D)</source>
        <translation>信号穿过深度时会发生什么：每种所选初始化方法在初始化时每层的离散程度（Ctrl+D）</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&amp;#9679;&lt;/span&gt; label 0 (orange, circles) &amp;nbsp; &lt;span style=&apos;color:%2&apos;&gt;&amp;#9632;&lt;/span&gt; label 1 (blue, squares) &amp;nbsp; background: the predicted label</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&amp;#9679;&lt;/span&gt; 标签 0（橙色，圆形） &amp;nbsp; &lt;span style=&apos;color:%2&apos;&gt;&amp;#9632;&lt;/span&gt; 标签 1（蓝色，方形） &amp;nbsp; 背景为预测的标签</translation>
    </message>
    <message>
        <source>Filled marks: train points (label 0: dark circles with a white ring; label 1: light squares with a dark ring). Hollow marks: test points. The background is the network&apos;s prediction: orange where it predicts 0, blue where it predicts 1.</source>
        <translation>实心标记：训练集数据点（标签 0 为深色圆形带白边，标签 1 为浅色方形带深色边）。空心标记：测试集数据点。背景是网络的预测：预测为 0 处为橙色，预测为 1 处为蓝色。</translation>
    </message>
    <message>
        <source>Colour-&amp;blind-safe classes</source>
        <translation>色盲友好的类别颜色(&amp;B)</translation>
    </message>
    <message>
        <source>Labels 0 and 1 in orange and blue, as circles and squares, instead of the notebook&apos;s red and blue</source>
        <translation>标签 0 和 1 用橙色和蓝色、圆形和方形表示，代替笔记本中的红色和蓝色</translation>
    </message>
    <message>
        <source>InitViz experiment (*.initviz)</source>
        <translation>InitViz 实验 (*.initviz)</translation>
    </message>
    <message>
        <source>&amp;New experiment</source>
        <translation>新建实验(&amp;N)</translation>
    </message>
    <message>
        <source>Start again from the notebook&apos;s settings</source>
        <translation>从笔记本的设置重新开始</translation>
    </message>
    <message>
        <source>&amp;Open experiment…</source>
        <translation>打开实验(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an experiment file (.initviz): its settings and data</source>
        <translation>打开实验文件（.initviz）：其设置和数据</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save experiment</source>
        <translation>保存实验(&amp;S)</translation>
    </message>
    <message>
        <source>Save the settings and the data in the experiment file</source>
        <translation>将设置和数据保存到实验文件</translation>
    </message>
    <message>
        <source>Save experiment &amp;as…</source>
        <translation>实验另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the settings and the data in a new experiment file</source>
        <translation>将设置和数据保存到新的实验文件</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <extracomment>Recent file entry: %1 its number (1-8), %2 the file name</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>%1 is no longer there; it is taken off the recent experiments</source>
        <translation>%1 已不存在；已从最近的实验中移除</translation>
    </message>
    <message>
        <source>Stop the runs first: an experiment opens only while nothing trains</source>
        <translation>请先停止运行：只有在没有训练时才能打开实验</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <source>Could not open the experiment; nothing was changed:
%1</source>
        <translation>无法打开实验，未做任何更改：
%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>The settings cannot be saved until they are fixed: %1</source>
        <extracomment>%1 what is wrong in the form</extracomment>
        <translation>设置有误，修正后才能保存：%1</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>保存实验</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Stop the runs first: a new experiment starts only while nothing trains</source>
        <translation>请先停止运行：只有在没有训练时才能新建实验</translation>
    </message>
    <message>
        <source>The experiment</source>
        <translation>该实验</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.</source>
        <extracomment>%1 a file name, or &quot;The experiment&quot;</extracomment>
        <translation>%1 有尚未保存的更改。</translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation>要先保存吗？</translation>
    </message>
    <message>
        <source>Weight initialization, live[*]</source>
        <translation>权重初始化实时演示[*]</translation>
    </message>
    <message>
        <source>%1[*] — Weight initialization, live</source>
        <extracomment>Window title: %1 the experiment file&apos;s name; [*] is where the unsaved mark goes</extracomment>
        <translation>%1[*] — 权重初始化实时演示</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <extracomment>Menu action: stop every run where it is</extracomment>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Step one &amp;iteration</source>
        <extracomment>Menu action: while paused, train every run one more iteration</extracomment>
        <translation>单步迭代一次(&amp;I)</translation>
    </message>
    <message>
        <source>Step to the next &amp;checkpoint</source>
        <extracomment>Menu action: while paused, train every run on to the next cost checkpoint</extracomment>
        <translation>单步到下一个检查点(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Paused at iteration %1 of %2</source>
        <translation>已暂停于第 %1 次迭代（共 %2 次）</translation>
    </message>
    <message>
        <source>Paused at iteration %1 · Space resumes, → steps, Shift+→ goes on to the next checkpoint</source>
        <translation>已暂停于第 %1 次迭代 · 空格键继续，→ 单步，Shift+→ 到下一个检查点</translation>
    </message>
    <message>
        <source>Pausing %1 at one iteration…</source>
        <extracomment>Status: the runs train on to the iteration the furthest has reached, then hold</extracomment>
        <translation>正在让%1停在同一次迭代…</translation>
    </message>
    <message>
        <source>Paused at %1</source>
        <extracomment>Run state, short: held at this iteration until Resume</extracomment>
        <translation>已暂停于 %1</translation>
    </message>
    <message>
        <source>Replay: iteration %1 of %2</source>
        <translation>回放：第 %1 次迭代（共 %2 次）</translation>
    </message>
    <message>
        <source>Replay %1</source>
        <extracomment>Run state, short: the timeline shows this recorded iteration</extracomment>
        <translation>回放 %1</translation>
    </message>
    <message>
        <source> · showing the recorded iteration %1 (End: back to live)</source>
        <translation> · 正在显示记录的第 %1 次迭代（End 键：回到实时）</translation>
    </message>
    <message>
        <source>Replay from the &amp;beginning</source>
        <extracomment>Menu action: the timeline shows the first recorded iteration</extracomment>
        <translation>从头回放(&amp;B)</translation>
    </message>
    <message>
        <source>Back to &amp;live</source>
        <extracomment>Menu action: the timeline goes back to where the runs are</extracomment>
        <translation>回到实时(&amp;L)</translation>
    </message>
    <message>
        <source>Generating the points…</source>
        <translation>正在生成数据点…</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Start / pause / resume&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Stop&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;→&lt;/b&gt;&lt;/td&gt;&lt;td&gt;While paused: one iteration on&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+→&lt;/b&gt;&lt;/td&gt;&lt;td&gt;While paused: on to the next cost checkpoint&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home / End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;While paused or after the runs end: replay from the first recorded iteration / back to live&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Presenter mode (full screen, larger text); Esc leaves it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show or hide the test points&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Log-scale cost axis&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Export the figure (PNG or PDF)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New experiment (the notebook&apos;s settings)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Open an experiment file&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the experiment&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Save the experiment as a new file&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;空格键&lt;/b&gt;&lt;/td&gt;&lt;td&gt;开始 / 暂停 / 继续&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+空格键&lt;/b&gt;&lt;/td&gt;&lt;td&gt;停止&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;→&lt;/b&gt;&lt;/td&gt;&lt;td&gt;暂停时：再迭代一次&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+→&lt;/b&gt;&lt;/td&gt;&lt;td&gt;暂停时：继续到下一个代价检查点&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home / End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;暂停时或训练结束后：从记录的第一次迭代回放 / 回到实时&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;演示模式（全屏，放大文字）；按 Esc 退出&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;T&lt;/b&gt;&lt;/td&gt;&lt;td&gt;显示或隐藏测试点&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;代价轴使用对数坐标&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;导出图像（PNG 或 PDF）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;新建实验（笔记本的设置）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;打开实验文件&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;保存实验&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;将实验另存为新文件&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;退出&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>There is nothing to animate yet: press Start first.</source>
        <translation>还没有可制作动画的内容：请先按“开始”。</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <source>Drawing the animation…</source>
        <translation>正在绘制动画…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Animation export cancelled</source>
        <translation>动画导出已取消</translation>
    </message>
    <message>
        <source>Export &amp;animation…</source>
        <translation>导出动画(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the boundaries and the cost plot as they evolved, as an animated GIF</source>
        <translation>将决策边界和代价曲线随训练的变化保存为 GIF 动画</translation>
    </message>
</context>
<context>
    <name>initviz::ui::PlotStyle</name>
    <message>
        <source>Model with %1 initialization</source>
        <translation>采用%1初始化的模型</translation>
    </message>
    <message>
        <source>%1, seed %2</source>
        <translation>%1，种子 %2</translation>
    </message>
    <message>
        <source>%1-layer NN with %2 initialization</source>
        <translation>采用%2初始化的 %1 层神经网络</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seeds)</source>
        <translation>
            <numerusform>%1（%n 个种子）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 a scheme&apos;s title, %2 the hidden activation: &quot;He, tanh&quot;</extracomment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>initviz::ui::ResultsTable</name>
    <message>
        <source>Model</source>
        <extracomment>Results table column: the trained model (initialization)</extracomment>
        <translation>模型</translation>
    </message>
    <message>
        <source>Train
accuracy</source>
        <translation>训练集
准确率</translation>
    </message>
    <message>
        <source>Test
accuracy</source>
        <translation>测试集
准确率</translation>
    </message>
    <message>
        <source>Final
cost</source>
        <extracomment>Results table column header, on two lines like the others</extracomment>
        <translation>最终
代价</translation>
    </message>
    <message>
        <source>Problem/
Comment</source>
        <translation>问题/
说明</translation>
    </message>
    <message>
        <source>seed %1: %2</source>
        <translation>种子 %1：%2</translation>
    </message>
    <message>
        <source>%1, %2 seeds</source>
        <translation>%1，%2 个种子</translation>
    </message>
    <message>
        <source>%1
seeds %2</source>
        <translation>%1
种子 %2</translation>
    </message>
    <message>
        <source>, NaN</source>
        <translation>，NaN</translation>
    </message>
    <message>
        <source>Cost after iteration %1: %2</source>
        <translation>第 %1 次迭代后的代价：%2</translation>
    </message>
    <message>
        <source>No cost recorded yet</source>
        <translation>尚未记录代价</translation>
    </message>
    <message>
        <source>seed %1 %2</source>
        <translation>种子 %1 %2</translation>
    </message>
    <message>
        <source>fails to break symmetry</source>
        <extracomment>Problem/Comment of a run whose hidden layer&apos;s units stayed identical (zeros)</extracomment>
        <translation>未能打破对称性</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>too large weights</source>
        <extracomment>Problem/Comment: the sigmoid output saturated at the start (the notebook&apos;s large random)</extracomment>
        <translation>权重过大</translation>
    </message>
    <message>
        <source>signal vanishes through depth</source>
        <translation>信号随深度消失</translation>
    </message>
    <message>
        <source>signal explodes through depth</source>
        <translation>信号随深度爆炸</translation>
    </message>
    <message>
        <source>most ReLUs are dead</source>
        <translation>大多数 ReLU 已死亡</translation>
    </message>
    <message>
        <source>learning stalled</source>
        <translation>学习停滞</translation>
    </message>
    <message>
        <source>overfitting</source>
        <translation>过拟合</translation>
    </message>
    <message>
        <source>recommended method</source>
        <extracomment>Problem/Comment of a run that trains well: the notebook&apos;s words for its He run</extracomment>
        <translation>推荐的方法</translation>
    </message>
</context>
<context>
    <name>initviz::ui::SaveFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>未指定文件名</translation>
    </message>
    <message>
        <source>the folder %1 is read-only (%2)</source>
        <translation>文件夹 %1 是只读的（%2）</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which does not exist; refusing to create a file through it</source>
        <translation>它是指向 %1 的符号链接，而该目标不存在；拒绝通过它创建文件</translation>
    </message>
    <message>
        <source>it is a symbolic link in the shared folder %1 that belongs to another user (uid %2); following it could overwrite someone else&apos;s file, so it is refused, as the system refuses it to shell redirections</source>
        <translation>它是共享文件夹 %1 中属于另一个用户（uid %2）的符号链接；跟随它可能会覆盖别人的文件，因此被拒绝，正如系统对 shell 重定向的拒绝一样</translation>
    </message>
    <message>
        <source>its symbolic link cannot be read</source>
        <translation>无法读取它的符号链接</translation>
    </message>
    <message>
        <source>it is a pipe that no program is reading</source>
        <translation>它是一个没有任何程序在读取的管道</translation>
    </message>
    <message>
        <source>the new file belongs to you, not to the owner of the file it replaced (uid %1, gid %2): only its permissions were kept</source>
        <translation>新文件属于您，而不属于被替换文件的所有者（uid %1，gid %2）：只保留了其权限</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>the file name must end in .%1</source>
        <translation>文件名必须以 .%1 结尾</translation>
    </message>
    <message>
        <source> or .</source>
        <translation> 或 .</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>it had %1 names (hard links): the others still show the previous file, since it is replaced whole so that a failed write cannot damage it; only this name shows the new one</source>
        <translation>该文件原有 %1 个名称（硬链接）：为避免写入失败损坏文件，它被整体替换，因此其他名称仍指向原来的文件，只有这个名称指向新文件</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>initviz::ui::Scheme</name>
    <message>
        <source>zeros</source>
        <extracomment>Initialization scheme title, as in &quot;Model with zeros initialization&quot;</extracomment>
        <translation>零</translation>
    </message>
    <message>
        <source>large random</source>
        <extracomment>Initialization scheme title: randn weights times 10</extracomment>
        <translation>大随机</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He</translation>
    </message>
    <message>
        <source>LeCun</source>
        <translation>LeCun</translation>
    </message>
    <message>
        <source>Xavier (Glorot)</source>
        <translation>Xavier（Glorot）</translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation>He 均匀</translation>
    </message>
    <message>
        <source>Xavier uniform</source>
        <translation>Xavier 均匀</translation>
    </message>
    <message>
        <source>small random</source>
        <extracomment>Initialization scheme title: randn weights times 0.01</extracomment>
        <translation>小随机</translation>
    </message>
    <message>
        <source>fails to break symmetry</source>
        <extracomment>Problem/Comment column of the notebook&apos;s conclusion table</extracomment>
        <translation>无法打破对称性</translation>
    </message>
    <message>
        <source>too large weights</source>
        <translation>权重过大</translation>
    </message>
    <message>
        <source>recommended method</source>
        <translation>推荐的方法</translation>
    </message>
    <message>
        <source>works; a little slower than He with ReLU</source>
        <translation>有效；配合 ReLU 时比 He 稍慢</translation>
    </message>
    <message>
        <source>works, but starts slowly: scaled for tanh, not ReLU</source>
        <translation>有效，但起步较慢：其尺度是为 tanh 而非 ReLU 设计的</translation>
    </message>
    <message>
        <source>works; a slower start than He here</source>
        <translation>有效；在这里起步比 He 慢</translation>
    </message>
    <message>
        <source>too small for ReLU: learns slowly</source>
        <translation>对 ReLU 来说太小：学习缓慢</translation>
    </message>
    <message>
        <source>too small weights: the signal vanishes</source>
        <translation>权重过小：信号逐层消失</translation>
    </message>
    <message>
        <source>ReLU</source>
        <extracomment>Hidden-layer activation function</extracomment>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>tanh</source>
        <extracomment>Hidden-layer activation function (hyperbolic tangent)</extracomment>
        <translation>tanh</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <extracomment>Hidden-layer activation function</extracomment>
        <translation>sigmoid</translation>
    </message>
    <message>
        <source>leaky ReLU</source>
        <extracomment>Hidden-layer activation function: ReLU with slope 0.01 below zero</extracomment>
        <translation>leaky ReLU</translation>
    </message>
    <message>
        <source>the notebook&apos;s: fast, but units with z &lt;= 0 pass no gradient</source>
        <translation>笔记本中的激活函数：速度快，但 z &lt;= 0 的单元不传递梯度</translation>
    </message>
    <message>
        <source>zero-centred and saturating: trains deep nets with Xavier&apos;s smaller weights</source>
        <translation>以零为中心且会饱和：配合 Xavier 较小的权重可训练深层网络</translation>
    </message>
    <message>
        <source>saturating and never above 1/4 in slope: the gradient fades in deep nets</source>
        <translation>会饱和且斜率从不超过 1/4：在深层网络中梯度逐渐消失</translation>
    </message>
    <message>
        <source>ReLU with a small slope below zero, so no unit stops learning</source>
        <translation>在零以下有小斜率的 ReLU，因此没有单元会停止学习</translation>
    </message>
    <message>
        <source>meant for %1</source>
        <extracomment>%1 activation titles, &quot;ReLU and leaky ReLU&quot;: which activation a scheme&apos;s scale suits</extracomment>
        <translation>适用于 %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>%1 a scheme&apos;s Problem/Comment, %2 &quot;meant for ReLU and leaky ReLU&quot;</extracomment>
        <translation>%1；%2</translation>
    </message>
</context>
<context>
    <name>initviz::ui::Settings</name>
    <message>
        <source>the settings file %1 is not a regular file</source>
        <translation>设置文件 %1 不是普通文件</translation>
    </message>
    <message>
        <source>the settings file %1 is larger than %2 KiB</source>
        <translation>设置文件 %1 大于 %2 KiB</translation>
    </message>
    <message>
        <source>there is no home folder (HOME is unset) to keep the settings in</source>
        <translation>没有可保存设置的主文件夹（HOME 未设置）</translation>
    </message>
</context>
<context>
    <name>initviz::ui::TimelineBar</name>
    <message>
        <source>Recorded iteration</source>
        <extracomment>Accessible name of the timeline&apos;s slider</extracomment>
        <translation>记录的迭代</translation>
    </message>
    <message>
        <source>Scrub back through the recorded iterations while paused or after the runs end (Home, End)</source>
        <translation>暂停时或训练结束后，拖动以回看记录的迭代（Home、End 键）</translation>
    </message>
    <message>
        <source>Replay the recording from the iteration shown</source>
        <translation>从当前显示的迭代开始回放记录</translation>
    </message>
    <message>
        <source>Back to where the runs are (End)</source>
        <translation>回到训练当前所在的迭代（End 键）</translation>
    </message>
    <message>
        <source>Live</source>
        <extracomment>Accessible name of the timeline&apos;s button that returns to the runs&apos; current iteration</extracomment>
        <translation>实时</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <extracomment>The timeline&apos;s label: the recorded iteration shown (nothing while live)</extracomment>
        <translation>第 %1 次迭代</translation>
    </message>
    <message>
        <source>Pause replay</source>
        <extracomment>Accessible name of the timeline&apos;s button: replay the recording (second: stop replaying)</extracomment>
        <translation>暂停回放</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
</context>
<context>
    <name>initviz::ui::UnderstandingPanel</name>
    <message>
        <source>&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;The starting point decides the outcome.&lt;/b&gt; Same network, same data, same learning rate: only the initial weights differ, and the results range from useless to excellent.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Zeros never break the symmetry.&lt;/b&gt; Every unit of a layer starts the same, receives the same gradient and so stays the same: the layer behaves like a single unit. Here the network predicts one class everywhere (50%).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Random weights break the symmetry, but their size matters.&lt;/b&gt; Weights &amp;times;10 push the sigmoid to exactly 0 or 1: the first cost is infinite, learning crawls and the boundary stays ragged.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Match the scale to the activation.&lt;/b&gt; He initialization, randn&amp;nbsp;&amp;times;&amp;nbsp;&amp;radic;(2/n&lt;sub&gt;l&amp;minus;1&lt;/sub&gt;), keeps the signal&apos;s spread steady through ReLU layers: the cost falls fast and the circle appears.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;起点决定结果。&lt;/b&gt;同样的网络、同样的数据、同样的学习率：只有初始权重不同，结果却从毫无用处到非常出色。&lt;/li&gt;&lt;li&gt;&lt;b&gt;零初始化永远无法打破对称性。&lt;/b&gt;同一层的每个单元初始值相同，得到的梯度也相同，因此始终保持相同：整层就像只有一个单元。在这里，网络对所有点都预测同一个类别（50%）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;随机权重可以打破对称性，但大小很重要。&lt;/b&gt;权重 &amp;times;10 会把 sigmoid 推到恰好 0 或 1：第一次的代价为无穷大，学习非常缓慢，决策边界也参差不齐。&lt;/li&gt;&lt;li&gt;&lt;b&gt;让权重的尺度与激活函数匹配。&lt;/b&gt;He 初始化，randn&amp;nbsp;&amp;times;&amp;nbsp;&amp;radic;(2/n&lt;sub&gt;l&amp;minus;1&lt;/sub&gt;)，使信号在 ReLU 层之间的方差保持稳定，避免梯度消失或爆炸：代价迅速下降，圆形的决策边界随之出现。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>What you should remember</source>
        <translation>你应该记住的</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an initialization to see its weights.&lt;/i&gt;</source>
        <translation>&lt;i&gt;选择一种初始化方法以查看其权重。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Whose weights to show (or click a boundary panel)</source>
        <translation>显示哪次运行的权重（或点击一个决策边界面板）</translation>
    </message>
    <message>
        <source>Weights</source>
        <extracomment>Group title: a run&apos;s weight matrices (initial, current or their change)</extracomment>
        <translation>权重</translation>
    </message>
    <message>
        <source>&lt;code&gt;%1&lt;/code&gt;&lt;br&gt;&lt;span style=&apos;color:%4&apos;&gt;seed %2 · %3&lt;/span&gt;</source>
        <extracomment>%4 the colour of the second line (kept as it is)</extracomment>
        <translation>&lt;code&gt;%1&lt;/code&gt;&lt;br&gt;&lt;span style=&apos;color:%4&apos;&gt;种子 %2 · %3&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>initviz::ui::WeightsView</name>
    <message>
        <source>Initial</source>
        <extracomment>Which weights to draw: as initialized</extracomment>
        <translation>初始</translation>
    </message>
    <message>
        <source>Current</source>
        <extracomment>Which weights to draw: at the run&apos;s current iteration</extracomment>
        <translation>当前</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Which weights to draw: current minus initial</extracomment>
        <translation>变化</translation>
    </message>
    <message>
        <source>Draw the initial weights, the current ones, or how far training has moved them (current − initial), on one colour scale</source>
        <translation>在同一色标上显示初始权重、当前权重，或训练使它们改变了多少（当前 − 初始）</translation>
    </message>
    <message>
        <source>Show:</source>
        <extracomment>Label of the initial/current/change toggle</extracomment>
        <translation>显示：</translation>
    </message>
    <message>
        <source>W%1: %2 rows (units of layer %1) × %3 columns (inputs)</source>
        <translation>W%1：%2 行（第 %1 层的单元）× %3 列（输入）</translation>
    </message>
    <message>
        <source>b%1: every scheme starts the biases at zero</source>
        <translation>b%1：每种方案都将偏置初始化为零</translation>
    </message>
    <message>
        <source>Showing the first %1×%2 entries.</source>
        <translation>显示前 %1×%2 个元素。</translation>
    </message>
    <message>
        <source>&lt;i&gt;Not trained yet: the current weights are the initial ones.&lt;/i&gt;</source>
        <translation>&lt;i&gt;尚未训练：当前权重就是初始权重。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>As initialized, before the first update.</source>
        <translation>初始化后、第一次更新之前。</translation>
    </message>
    <message>
        <source>After %1 iterations.</source>
        <translation>%1 次迭代之后。</translation>
    </message>
    <message>
        <source>Current − initial, after %1 iterations.</source>
        <translation>当前 − 初始，%1 次迭代之后。</translation>
    </message>
    <message>
        <source>&lt;b&gt;W%1&lt;/b&gt; %2×%3 · std %4</source>
        <extracomment>W%1: weight matrix of layer %1, %2x%3 its shape, std: standard deviation</extracomment>
        <translation>&lt;b&gt;W%1&lt;/b&gt; %2×%3 · 标准差 %4</translation>
    </message>
    <message numerus="yes">
        <source>All %n rows are identical: the %n units of layer %1 compute the same thing, and get the same updates.</source>
        <translation>
            <numerusform>全部 %n 行完全相同：第 %1 层的 %n 个单元计算相同的内容，也得到相同的更新。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every weight is exactly 0.</source>
        <translation>所有权重都恰好为 0。</translation>
    </message>
    <message>
        <source>Colour scale: &lt;span style=&apos;color:#5e3c99&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;&amp;minus;%1&lt;/b&gt; &amp;hellip; 0 &amp;hellip; &lt;span style=&apos;color:#e66101&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;+%1&lt;/b&gt;</source>
        <translation>色标：&lt;span style=&apos;color:#5e3c99&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;&amp;minus;%1&lt;/b&gt; &amp;hellip; 0 &amp;hellip; &lt;span style=&apos;color:#e66101&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;+%1&lt;/b&gt;</translation>
    </message>
</context>
</TS>
