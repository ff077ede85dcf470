// The README's node:http recipe: the Node adapter as the listener of a plain node:http server.
import { nodeRecipe, testRecipe } from './support.js';

testRecipe('node-http', (app) => nodeRecipe(app, 'node-http'));
